/** @module /v1/stories: the success stories, one story, and its citation */

import {
	CITATION_MEDIA_TYPES,
	CITATION_STYLES,
	cite,
	FACET_IDS,
	type FacetId,
	findGovernment,
	findStory,
	type Story,
	type StoryFilter,
	storiesOf,
	vocabulary,
} from '@mgi-stories/core';
import { Hono } from 'hono/tiny';
import { requestLanguage } from '../http/language.js';
import { listResponse } from '../http/list.js';
import { FORMATS } from '../http/negotiate.js';
import { JSON_ONLY, varies } from '../http/variance.js';
import { loadDataset, loadSearch } from '../lazy/load.js';
import { operation } from '../openapi/operation.js';
import {
	editionParam,
	enumParam,
	fieldsParam,
	formatParam,
	langParam,
	limitParam,
	listParam,
	m49Param,
	offsetParam,
	pathParam,
	sortParam,
	textParam,
} from '../openapi/params.js';
import { ProblemError } from '../problem.js';
import { storyDetail, storyItem, storyPath } from '../representations/story.js';
import { unknownTarget } from '../representations/suggestions.js';

const STORY_FIELDS = [
	'slug',
	'edition',
	'country',
	'heading',
	'page',
	'level',
	'localAuthority',
	'text',
	'photo',
	'tags',
	'links',
] as const;

const SORT_KEYS = ['page', 'slug', 'country', 'heading'] as const;

const facetValues = (facet: FacetId) =>
	vocabulary.facets.find((candidate) => candidate.id === facet)?.values.map((value) => value.id) ??
	[];

const facetParams = Object.fromEntries(
	FACET_IDS.map((facet) => [
		facet,
		listParam({
			description: `Stories tagged with these values of the ${facet} facet (see /v1/facets).`,
			allowed: facetValues(facet),
		}),
	]),
) as Record<FacetId, ReturnType<typeof listParam>>;

const storiesQuery = {
	q: textParam(
		'Full-text query; results are ranked by relevance unless sort is given.',
		'labour migration',
	),
	country: listParam({
		description:
			'Stories about these governments: any ISO code, name, alternative name or local authority id the resolver knows.',
		example: 'Brazil',
		validate: (value) =>
			findGovernment({ query: value })
				? undefined
				: `no participating government is called "${value}"; try /v1/resolve?q=${encodeURIComponent(value)}`,
	}),
	region: m49Param('region', 'of the story’s country'),
	subregion: m49Param('subregion', 'of the story’s country'),
	intermediateRegion: m49Param('intermediateRegion', 'of the story’s country'),
	level: listParam({ description: 'national or local.', allowed: ['national', 'local'] }),
	edition: editionParam('stories in'),
	...facetParams,
	fields: fieldsParam(STORY_FIELDS, 'slug', 'heading'),
	sort: sortParam(
		SORT_KEYS,
		'Sort key, "-" for descending. Default: page order, or relevance when q is given.',
	),
	limit: limitParam(),
	offset: offsetParam(),
	format: formatParam(),
	lang: langParam(),
};

const listStories = operation({
	operationId: 'listStories',
	tags: ['Stories'],
	summary: 'List and filter the success stories',
	description:
		'The success stories of the booklet, verbatim, with their classification. Filters combine with AND; the values of one filter with OR.',
	query: storiesQuery,
});

const slugParams = {
	slug: pathParam({ description: 'The story’s slug, e.g. albania', example: 'albania' }),
};

const getStory = operation({
	operationId: 'getStory',
	tags: ['Stories'],
	summary: 'One story with its government, tags with evidence, and citations',
	description:
		'The story verbatim with its photo credit, its government (country and local authority), every tag with the booklet’s evidence and its label in the response’s language, and its citations in four styles. Content-Location gives the canonical path.',
	params: slugParams,
	query: { lang: langParam() },
});

const getCitation = operation({
	operationId: 'getStoryCitation',
	tags: ['Stories'],
	summary: 'Cite a story (APA 7, Chicago, BibTeX or RIS)',
	description:
		'The story’s citation in one style, in that style’s media type (text for APA and Chicago, BibTeX, RIS), inline with a file name.',
	params: slugParams,
	query: {
		style: enumParam({
			values: CITATION_STYLES,
			description: 'Citation style (default apa).',
			example: 'bibtex',
		}),
	},
});

async function requireStory(slug: string) {
	const story = findStory({ slug });
	if (!story) {
		const { suggestions, hint } = await unknownTarget(slug, (government) =>
			storiesOf(government).map((candidate) => ({
				value: candidate.slug,
				href: storyPath(candidate.slug),
			})),
		);
		throw new ProblemError({
			type: 'not-found',
			detail: `There is no story "${slug}".${hint} The list is at /v1/stories.`,
			suggestions,
		});
	}
	return story;
}

const sortKeys: Record<(typeof SORT_KEYS)[number], (story: Story) => string | number> = {
	page: (story) => story.page,
	slug: (story) => story.slug,
	country: (story) => story.country,
	heading: (story) => story.heading,
};

export const storiesRoutes = new Hono()
	.get('/', varies({ formats: FORMATS, language: true }), listStories, async (c) => {
		const { fields, sort, limit, offset, format, q, lang, ...filter } = c.req.valid('query');
		const [{ searchStories }, { storiesTable }] = await Promise.all([loadSearch(), loadDataset()]);
		const language = requestLanguage(lang, c.req.header('accept-language'));
		return listResponse(c, {
			name: 'stories',
			// the query schema has checked every value against the same lists searchStories accepts
			rows: searchStories({ ...(filter as StoryFilter), query: q }),
			query: { fields, sort, limit, offset, format },
			sortKeys,
			toItem: (story) => storyItem(story, language),
			key: 'slug',
			columns: storiesTable([]).columns,
		});
	})
	.get('/:slug', varies({ ...JSON_ONLY, language: true }), getStory, async (c) => {
		const story = await requireStory(c.req.valid('param').slug);
		c.header('Content-Location', storyPath(story.slug));
		const language = requestLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
		return c.json({ data: storyDetail(story, language) }, 200);
	})
	.get('/:slug/citation', getCitation, async (c) => {
		const story = await requireStory(c.req.valid('param').slug);
		const style = c.req.valid('query').style ?? 'apa';
		const extension = { apa: 'txt', chicago: 'txt', bibtex: 'bib', ris: 'ris' }[style];
		return c.body(cite({ story, style }), 200, {
			'Content-Type': CITATION_MEDIA_TYPES[style],
			'Content-Disposition': `inline; filename="${story.slug}.${extension}"`,
		});
	});
