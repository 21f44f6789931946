/** @module JSON-LD for <script type="application/ld+json">: built from core's data, serialized so it cannot close the element */
import {
	countries,
	countryOf,
	datasetVersion,
	facetLabel,
	filterStories,
	type Government,
	governmentId,
	localAuthorityOf,
	type Publication,
	publication,
	publications,
	type Story,
} from '@mgi-stories/core';
import { coreLocale, getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { absoluteUrl } from './config';
import { datasetCreator } from './dataset-release';
import { participationPeriod, publisherShortName, storyPublication } from './editions';
import { areaName, byName, nameOf } from './names';
import { localUrl } from './paths';

/** JSON with `<`, `>`, `&` and the JS line separators escaped: safe as the text of a script element. */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

const organization = (name: string) => ({ '@type': 'Organization', name });

/** An edition of the booklet as a schema.org Book, identified by its ISBNs. */
const bookJsonLd = (publication: Publication) => ({
	'@type': 'Book',
	name: publication.title,
	isbn: [publication.isbn.pdf, publication.isbn.print],
	datePublished: String(publication.year),
	publisher: organization(publication.publisher),
});

/**
 * A government as a schema.org place, named as the page shows it: a Country, or a local authority
 * contained in its Country, a City where its level is a municipality and an AdministrativeArea
 * otherwise (a state). Its identifier is the site's (alpha-3, or the local authority's id).
 */
export function governmentPlaceJsonLd(government: Government): Record<string, unknown> {
	const place = { name: nameOf(government), identifier: governmentId(government) };
	if (government.kind === 'country') return { '@type': 'Country', ...place };
	return {
		'@type': government.level.value === 'municipality' ? 'City' : 'AdministrativeArea',
		...place,
		containedInPlace: governmentPlaceJsonLd(countryOf(government)),
	};
}

/**
 * A story's page as a schema.org WebPage, in the page's language, whose main entity is the story as
 * an Article of the booklet, in English: the verbatim heading and text, its page in the booklet (the
 * Book it is part of), the publisher and licence. The page's title, the place it is about and its
 * tags' labels are ours, so they are the page's, never the Article's that IOM wrote.
 */
export function storyJsonLd(
	story: Story,
	{ name, url }: { name: string; url: string },
): Record<string, unknown> {
	const publication = storyPublication(story);
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		name,
		inLanguage: getLocale(),
		url,
		// a local authority's story is about it, in its country: São Paulo's, not Brazil's
		about: governmentPlaceJsonLd(localAuthorityOf(story) ?? countryOf(story)),
		keywords: [
			...new Set(
				story.tags.map((tag) =>
					facetLabel({ facet: tag.facet, value: tag.value, locale: coreLocale() }),
				),
			),
		].join(', '),
		mainEntity: {
			'@type': 'Article',
			headline: story.heading,
			articleBody: story.text,
			inLanguage: 'en',
			pageStart: story.page,
			pageEnd: story.page,
			author: organization(publication.publisher),
			publisher: organization(publication.publisher),
			copyrightHolder: organization(publication.publisher),
			copyrightYear: publication.year,
			license: publication.licence.url,
			isPartOf: bookJsonLd(publication),
		},
	};
}

/**
 * The site as a schema.org WebSite, built on every edition of the booklet the data holds: each
 * edition's stories said in its own sentence, and each edition a Book it is based on.
 */
export function websiteJsonLd({
	name,
	path,
}: {
	name: string;
	path: string;
}): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name,
		url: localUrl(path),
		description: publications
			.map((publication) =>
				m.home_jsonld_description({
					stories: filterStories({ edition: publication.edition }).length,
					title: publication.title,
					publisher: publisherShortName(publication),
					year: publication.year,
				}),
			)
			.join(' '),
		inLanguage: getLocale(),
		isBasedOn: publications.map(bookJsonLd),
	};
}

/**
 * A page listing things (stories, governments, a region's participants) as a schema.org
 * CollectionPage; with `items`, its list in order as the page's main entity.
 */
export function collectionPageJsonLd({
	name,
	description,
	path,
	items,
}: {
	name: string;
	description: string;
	path: string;
	items?: readonly { path: string; name: string }[];
}): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'CollectionPage',
		name,
		description,
		url: localUrl(path),
		...(items && {
			mainEntity: {
				'@type': 'ItemList',
				numberOfItems: items.length,
				itemListElement: items.map((item, index) => ({
					'@type': 'ListItem',
					position: index + 1,
					url: localUrl(item.path),
					name: item.name,
				})),
			},
		}),
	};
}

/**
 * This project's dataset as a schema.org Dataset, named as its citation names it and made by the
 * project, based on the booklet (a Book by its publisher). Its files are English (the booklet's words,
 * the classification's ids and labels); its name, description, keywords and regions are the page's.
 */
export function datasetJsonLd({
	description,
	files,
}: {
	description: string;
	files: readonly { href: string; name: string; encodingFormat: string; size: number }[];
}): Record<string, unknown> {
	const { from, to } = participationPeriod();
	const regions = [...new Set(countries.map((country) => country.region))].map(areaName);
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: m.dataset_title(),
		description,
		url: localUrl('/data/'),
		version: datasetVersion,
		inLanguage: 'en',
		license: publication.licence.url,
		isBasedOn: bookJsonLd(publication),
		creator: { '@type': 'Organization', name: datasetCreator(), url: localUrl('/') },
		temporalCoverage: `${from}/${to}`,
		// the M49 regions of the participating governments
		spatialCoverage: regions
			.sort(byName((name: string) => name))
			.map((name) => ({ '@type': 'Place', name })),
		keywords: m.data_json_ld_keywords(),
		distribution: files.map((file) => ({
			'@type': 'DataDownload',
			name: file.name,
			encodingFormat: file.encodingFormat,
			contentUrl: absoluteUrl(file.href),
			contentSize: `${file.size} B`,
		})),
	};
}
