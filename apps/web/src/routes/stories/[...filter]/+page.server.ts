import { error } from '@sveltejs/kit';
import { fill } from '$lib/enhance/template';
import { FILTER_KEYS, filterPath, parseFilterPath, urlKey } from '$lib/filters';
import { seriesInWords } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { afterLabel, place } from '$lib/places';
import { collectionPageJsonLd } from '$lib/server/json-ld';
import { pageMeta } from '$lib/server/meta';
import { storyPath } from '$lib/server/paths';
import { filterGroups, findOption, storySummaries } from '$lib/server/stories';
import { quotedLabel } from '$lib/server/vocabulary';
import type { EntryGenerator, PageServerLoad } from './$types';

// the list ships no framework code: /enhance/stories.js filters and searches the prerendered cards
export const csr = false;

/** the page's title in the locale being rendered; the enhancement fills the same templates */
const titles = () => ({
	all: m.stories_title_all(),
	filtered: m.stories_title_filtered_template({
		filters: '{filters}',
		shown: '{shown}',
		total: '{total}',
	}),
	filter: m.stories_title_filter({ group: '{group}', value: '{value}' }),
	search: m.stories_title_search({ q: '{q}' }),
});

/**
 * The heading of a filter value's page as the site's editors write it: a region's stories as its
 * page names them (« Histoires de la région de l’Afrique »), a level's by whose stories they are
 * (« Histoires d’autorités locales »), a tag's by its label (« Histoires : Santé »).
 */
function filterHeading(key: string, option: { value: string; label: string }): string {
	if (key === 'region') return m.region_stories(place('region', option.label));
	if (key === 'level') return m.stories_title_level({ level: option.value });
	return m.stories_title_filtered({ label: option.label });
}

/** `/stories/` and one prerendered page per filter value that selects at least one story */
export const entries: EntryGenerator = () => [
	{ filter: '' },
	...filterGroups().flatMap((group) =>
		group.options
			.filter((option) => option.total > 0)
			.map((option) => ({ filter: `${urlKey(group.key)}/${option.value}` })),
	),
];

export const load: PageServerLoad = ({ params }) => {
	const values = parseFilterPath(params.filter);
	if (!values) error(404, 'No such filter');
	const key = FILTER_KEYS.find((candidate) => values[candidate]);
	const value = key ? values[key]?.[0] : undefined;
	const selected = key && value ? findOption(key, value) : undefined;
	if (key && (!selected || selected.option.total === 0)) error(404, 'No such filter value');

	const stories = storySummaries();
	const path = key && value ? filterPath(key, value) : '/stories/';
	const shown = selected
		? stories.filter((story) => story.filters[selected.group.key].includes(selected.option.value))
		: stories;
	const pageTitles = titles();
	const title = selected
		? fill(pageTitles.filtered, {
				filters: fill(pageTitles.filter, {
					group: selected.group.label,
					value: selected.option.label,
				}),
				shown: shown.length,
				total: stories.length,
			})
		: pageTitles.all;
	const description = selected
		? m.stories_meta_description_filtered({
				count: selected.option.total,
				// one series with the region's countries its description counts: « 7 histoires … (15 pays) »
				countText: seriesInWords([selected.option.total, selected.option.countries ?? 0])(
					selected.option.total,
					'feminine',
				),
				group: selected.group.key,
				...place('label', selected.option.label),
				labelNote: '',
				...quotedLabel(selected.group.key, selected.option.value),
				description: selected.option.description,
			})
		: m.stories_meta_description({ count: stories.length });

	return {
		meta: pageMeta({
			title,
			description,
			path,
			jsonLd: collectionPageJsonLd({
				name: title,
				description,
				path,
				items: shown.map((story) => ({ path: storyPath(story.slug), name: story.name })),
			}),
		}),
		stories,
		shown: shown.map((story) => story.slug),
		titles: pageTitles,
		// only what the browser needs: labels and totals of the values some story has
		groups: filterGroups().map((group) => ({
			key: group.key,
			label: group.label,
			options: group.options
				.filter((option) => option.total > 0)
				.map(({ value, label, total }) => ({ value, label, total })),
		})),
		base: selected
			? {
					key: selected.group.key,
					value: selected.option.value,
					label: selected.option.label,
					group: selected.group.label,
					heading: filterHeading(selected.group.key, selected.option),
					lede: filterLede(selected.group, selected.option),
				}
			: null,
	};
};

/**
 * A filter page's lede: the description follows a label and a colon (« Thème : la politique… »,
 * « Afrique : 32 pays participants »), its group's or a region's name; an edition's is a title. A
 * description with a colon of its own follows a dash: one colon to a sentence.
 */
function filterLede(
	group: { key: string; label: string },
	option: { label: string; description: string },
): string {
	const value = group.key === 'edition' ? option.description : afterLabel(option.description);
	const parts = { group: group.key === 'region' ? option.label : group.label, value };
	return value.includes(':') ? m.stories_title_filter_dash(parts) : m.stories_title_filter(parts);
}
