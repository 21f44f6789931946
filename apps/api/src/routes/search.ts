/** @module /v1/search: ranked full-text hits across stories and governments */
import { type Column, governments, stories } from '@mgi-stories/core';
import type { SearchHit } from '@mgi-stories/core/search';
import { Hono } from 'hono/tiny';
import { requestLanguage } from '../http/language.js';
import { listResponse } from '../http/list.js';
import { FORMATS } from '../http/negotiate.js';
import { varies } from '../http/variance.js';
import { loadSearch } from '../lazy/load.js';
import { operation } from '../openapi/operation.js';
import {
	formatParam,
	langParam,
	limitParam,
	listParam,
	offsetParam,
	searchQueryParam,
} from '../openapi/params.js';
import { governmentPath } from '../representations/government.js';
import { storyPath } from '../representations/story.js';

const searchRoute = operation({
	operationId: 'searchDataset',
	tags: ['Search'],
	summary: 'Search stories and governments',
	description:
		'In the reader’s language (`lang`, else Accept-Language) and English: stop words dropped, words stemmed, accents and case ignored; a word of four letters or more also finds words it begins, and one that matches nothing finds words a typo away. Themes are found in English, French and Spanish. Hits that match every word come first, then those matching some (`allWords: false`); a query of stop words alone finds nothing. Snippets are passages of the story’s text, or the name, with the matched words marked.',
	query: {
		q: searchQueryParam(),
		lang: langParam(),
		kind: listParam({
			description: 'Only these kinds of hit.',
			allowed: ['story', 'government'],
		}),
		limit: limitParam(50, 20),
		offset: offsetParam(),
		format: formatParam(),
	},
});

const everything = stories.length + governments.length;

const hitPath = (hit: SearchHit) =>
	hit.kind === 'story' ? storyPath(hit.id) : governmentPath(hit.id);

/** The CSV columns of search results: one row per hit. */
const HIT_COLUMNS: Column<SearchHit>[] = [
	{ name: 'kind', type: 'string', description: 'story or government', value: (hit) => hit.kind },
	{ name: 'id', type: 'string', description: 'Slug or government id', value: (hit) => hit.id },
	{ name: 'title', type: 'string', description: 'Heading or name', value: (hit) => hit.title },
	{ name: 'score', type: 'number', description: 'Relevance', value: (hit) => hit.score },
	{
		name: 'snippet',
		type: 'string',
		description: 'The matching passage',
		value: (hit) => hit.snippet.map((segment) => segment.text).join(''),
	},
	{ name: 'path', type: 'string', description: 'Where it lives in the API', value: hitPath },
];

export const searchRoutes = new Hono().get(
	'/',
	varies({ formats: FORMATS, language: true }),
	searchRoute,
	async (c) => {
		const { q, lang, kind, limit, offset, format } = c.req.valid('query');
		const { search } = await loadSearch();
		const kinds = (kind ?? ['story', 'government']) as ('story' | 'government')[];
		// core caches the ranking per query and language, so every page of it costs a slice
		const locale = requestLanguage(lang, c.req.header('accept-language'));
		return listResponse(c, {
			name: 'search',
			rows: search({ query: q, locale, kinds, limit: everything }),
			query: { limit, offset, format },
			toItem: (hit) => ({ ...hit, links: { self: hitPath(hit) } }),
			key: 'id',
			columns: HIT_COLUMNS,
		});
	},
);
