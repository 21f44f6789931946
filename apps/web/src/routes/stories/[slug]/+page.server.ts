import {
	citeAll,
	countryOf,
	facetLabel,
	findStory,
	localAuthorityOf,
	stories,
} from '@mgi-stories/core';
import { markPhrases } from '@mgi-stories/core/search';
import { error } from '@sveltejs/kit';
import { baseLocale, coreLocale, getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { place as placeInputs } from '$lib/places';
import { citationPath } from '$lib/server/citation-files';
import { API_URL, absoluteUrl } from '$lib/server/config';
import { datasetReference, datasetRelease } from '$lib/server/dataset-release';
import { storyPublication } from '$lib/server/editions';
import { storyEmbedCode } from '$lib/server/embed';
import { storyJsonLd } from '$lib/server/json-ld';
import { pageMeta } from '$lib/server/meta';
import { areaName, byName, nameOf } from '$lib/server/names';
import { embedPath, governmentPath, oembedPath, regionPath, storyPath } from '$lib/server/paths';
import { referenceParts } from '$lib/server/references';
import { sharePath } from '$lib/server/share-cards';
import {
	evidenceOf,
	excerpt,
	placeOf,
	relatedStories,
	storyName,
	summarize,
} from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

// a story page is static text: it ships no framework code, only /enhance.js for the copy button
export const csr = false;

export const entries: EntryGenerator = () => stories.map((story) => ({ slug: story.slug }));

export const load: PageServerLoad = ({ params }) => {
	const story = findStory({ slug: params.slug });
	if (!story) error(404, 'No such story');
	const country = countryOf(story);
	const place = placeOf(story);
	const localAuthority = localAuthorityOf(story);
	const at = stories.indexOf(story);
	const neighbour = (offset: number) => {
		const other = stories[at + offset];
		return other ? { href: storyPath(other.slug), name: storyName(other) } : null;
	};
	const citations = citeAll({ story });
	const publication = storyPublication(story);
	const phrases = story.tags.map((tag) => tag.evidence);
	const name = storyName(story);

	return {
		meta: pageMeta({
			title: m.story_meta_title({ name }),
			description:
				getLocale() === baseLocale
					? excerpt(story.text, 40)
					: m.story_meta_description({ name, page: story.page }),
			path: storyPath(story.slug),
			type: 'article',
			oembed: oembedPath('stories', story.slug),
			image: {
				path: sharePath('stories', story.slug),
				// what the card draws: the place on its map, and the kicker's booklet page
				alt: m.og_alt_story({
					...placeInputs('name', place ?? nameOf(country), name),
					page: story.page,
				}),
			},
			jsonLd: storyJsonLd(story, {
				name: m.story_meta_title({ name }),
				url: absoluteUrl(storyPath(story.slug)),
			}),
		}),
		story: {
			slug: story.slug,
			heading: story.heading,
			name,
			page: story.page,
			level: story.level,
			paragraphs: story.text
				.split(/\n\n+/)
				.map((paragraph) => markPhrases({ text: paragraph, phrases })),
			photo: story.photo,
		},
		country: {
			name: nameOf(country),
			commonName: country.name,
			officialName: country.officialName,
			href: governmentPath(country),
			region: areaName(country.region),
			regionHref: regionPath(country.region),
			subregion: areaName(country.subregion),
			alpha2: country.alpha2,
			alpha3: country.alpha3,
			numeric: country.numeric,
			localAuthorities: [...country.localAuthorities].sort(byName(nameOf)).map((authority) => ({
				name: nameOf(authority),
				href: governmentPath(authority),
			})),
		},
		localAuthority: localAuthority
			? { name: nameOf(localAuthority), href: governmentPath(localAuthority) }
			: null,
		evidence: evidenceOf(story),
		references: {
			apa: referenceParts(citations.apa, publication.title),
			chicago: referenceParts(citations.chicago, publication.title),
			dataset: datasetReference(),
		},
		downloads: { bib: citationPath(story, 'bib'), ris: citationPath(story, 'ris') },
		embed: { code: storyEmbedCode(story), href: embedPath(story.slug) },
		dataset: datasetRelease(),
		related: relatedStories(story).map(({ story: other, sharedThemes }) => ({
			...summarize(other),
			// the card lists the themes the two stories share: why it is related
			topics: sharedThemes.map((value) =>
				facetLabel({ facet: 'topic', value, locale: coreLocale() }),
			),
		})),
		previous: neighbour(-1),
		next: neighbour(1),
		api: {
			story: `${API_URL}/v1/stories/${story.slug}`,
		},
		source: {
			title: publication.title,
			requiredCitation: publication.requiredCitation,
			// the booklet has no URL of its own: it is identified by its ISBN
			url: `urn:isbn:${publication.isbn.pdf}`,
			year: publication.year,
		},
	};
};
