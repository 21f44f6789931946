/** @module the client search's documents: core's own search documents, each with the page it links to */
import {
	type Country,
	countryNamesIn,
	countryOf,
	governmentById,
	governmentId,
	governmentName,
	governments,
	LOCALES,
	type Locale,
	otherNameLanguages,
	regionName,
	requireStory,
	stories,
} from '@mgi-stories/core';
import { searchDocuments, storyThemes, tagSearchTexts } from '@mgi-stories/core/search';
import { m } from '$lib/paraglide/messages';
import type { MatchableLabel, SearchDocument } from '$lib/search/documents';
import { governmentLabel } from './names';
import { governmentPath, storyPath } from './paths';
import { storyName } from './stories';
import { shownVocabulary } from './vocabulary';

const inEveryLocale = (name: (locale: Locale) => string) =>
	Object.fromEntries(LOCALES.map((locale) => [locale, name(locale)])) as Record<Locale, string>;

/** a tag's label as the site shows it, in each language, and what search indexes for it */
const tagOf = (tag: { facet: string; value: string }): MatchableLabel => ({
	label: inEveryLocale(
		(locale) =>
			shownVocabulary(locale)
				.facets.find((facet) => facet.id === tag.facet)
				?.values.find((value) => value.id === tag.value)?.label ?? tag.value,
	),
	texts: tagSearchTexts(tag),
});

/** the country's UN M49 region, sub-region and intermediate region */
const regionsOf = (country: Country): MatchableLabel[] =>
	[country.regionCode, country.subregionCode, country.intermediateRegionCode].flatMap((code) => {
		if (!code) return [];
		const label = inEveryLocale((locale) => regionName(code, { locale }));
		return [{ label, texts: Object.values(label) }];
	});

/**
 * Each name a country's document holds and the languages the data records it in: the names core
 * gives in each language (`countryNamesIn`) and the other names whose language a source gives
 * (`otherNameLanguages`), so a matched "Ivory Coast" is marked English on a French page.
 */
function nameLanguages(
	country: Country,
	document: { title: string; names: string },
): Record<string, string[]> {
	const spelled = (name: string) => name.replace(/['’]/g, '’');
	const known = LOCALES.map((language) => ({
		language,
		names: new Set(countryNamesIn(country, { locale: language }).map(spelled)),
	}));
	const others = Object.fromEntries(
		Object.entries(otherNameLanguages(country)).map(([name, language]) => [
			spelled(name),
			language,
		]),
	);
	return Object.fromEntries(
		[document.title, ...document.names.split(' · ')].flatMap((name) => {
			const languages = [
				...known.filter((each) => each.names.has(spelled(name))).map((each) => each.language),
				...(others[spelled(name)] ? [others[spelled(name)] as string] : []),
			];
			return languages.length > 0 ? [[name, [...new Set(languages)]]] : [];
		}),
	);
}

export function clientSearchDocuments(): SearchDocument[] {
	return searchDocuments().map((document) => {
		if (document.kind === 'government') {
			const government = governmentById({ id: document.id });
			if (!government) throw new Error(`no government ${document.id}`);
			return {
				...document,
				href: governmentPath(government),
				tags: [],
				regions: regionsOf(countryOf(government)),
				// a local authority's document holds its country's names too (« Brasil » for São Paulo)
				nameLanguages: nameLanguages(countryOf(government), document),
				...(government.kind === 'local'
					? {
							shownName: inEveryLocale((locale) =>
								m.local_authority_name(
									{
										name: governmentName(government, { locale }),
										country: governmentName(countryOf(government), { locale }),
									},
									{ locale },
								),
							),
						}
					: {}),
			};
		}
		const story = requireStory({ slug: document.id });
		return {
			...document,
			// the heading is the booklet's, in English
			nameLanguages: {
				...nameLanguages(countryOf(story), document),
				[document.title]: ['en'],
			},
			href: storyPath(document.id),
			tags: story.tags.map(tagOf),
			regions: regionsOf(countryOf(story)),
			themes: storyThemes(story),
		};
	});
}

/**
 * Each hit's key → the name the site shows for it in the locale being rendered ("story:sao-paulo" →
 * "São Paulo (Brésil)", "government:ca-montreal" → "Montréal (Canada)"): the index holds the printed
 * heading and the English names, and the search page carries these for its server and its script.
 */
export function hitNames(): Record<string, string> {
	return Object.fromEntries([
		...stories.map((story) => [`story:${story.slug}`, storyName(story)]),
		...governments.map((government) => [
			`government:${governmentId(government)}`,
			governmentLabel(government),
		]),
	]);
}
