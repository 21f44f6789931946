/** @module /v1/governments: the participating countries and local authorities */
import {
	countryOf,
	findGovernment,
	type Government,
	governmentId,
	governmentName,
	M49_FIELDS,
	storiesOf,
} from '@mgi-stories/core';
import { Hono } from 'hono/tiny';
import { requestLanguage } from '../http/language.js';
import { listResponse, type SortKey } from '../http/list.js';
import { FORMATS } from '../http/negotiate.js';
import { JSON_ONLY, varies } from '../http/variance.js';
import { loadDataset, loadSearch } from '../lazy/load.js';
import { operation } from '../openapi/operation.js';
import {
	booleanParam,
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
import { governmentDetail, governmentItem, governmentPath } from '../representations/government.js';
import { unknownTarget } from '../representations/suggestions.js';

const GOVERNMENT_FIELDS = [
	'id',
	'kind',
	'edition',
	'bookletName',
	'name',
	'officialName',
	'officialNameSource',
	'alpha2',
	'alpha3',
	'numeric',
	...M49_FIELDS,
	'point',
	'altNames',
	'localAuthorities',
	'country',
	'level',
	'subdivision',
	'gazetteer',
	'storyCount',
	'localized',
	'links',
] as const;

const SORT_KEYS = ['name', 'id', 'region', 'stories'] as const;

const governmentsQuery = {
	id: listParam({
		description:
			'Bulk lookup: these governments, by any code (alpha-2, alpha-3, numeric, local authority id; any case), in the order given.',
		example: 'BRA',
		validate: (value) =>
			findGovernment({ query: value })
				? undefined
				: `no participating government has the code "${value}"; try /v1/resolve?q=${encodeURIComponent(value)}`,
	}),
	kind: enumParam({
		values: ['country', 'local'] as const,
		description: 'country (the countries) or local (the local authorities).',
		example: 'country',
	}),
	region: m49Param('region', 'of the country, for local authorities too'),
	subregion: m49Param('subregion', 'of the country, for local authorities too'),
	intermediateRegion: m49Param('intermediateRegion', 'of the country, for local authorities too'),
	hasStory: booleanParam(
		'Only governments with (true) or without (false) a success story of their own (`storyCount` > 0): a country’s national story, a local authority’s own.',
	),
	edition: editionParam('governments listed in'),
	q: textParam(
		'Search names, codes and alternative names (accent-insensitive, typo-tolerant); ranked.',
		'brasil',
	),
	fields: fieldsParam(GOVERNMENT_FIELDS, 'id', 'name'),
	sort: sortParam(
		SORT_KEYS,
		'Sort key, "-" for descending; `name` sorts by the name in the response’s language (`localized.name`, see `lang`) with that language’s collation. Default: booklet order, or relevance with q.',
	),
	limit: limitParam(),
	offset: offsetParam(),
	format: formatParam(),
	lang: langParam(),
};

const listGovernments = operation({
	operationId: 'listGovernments',
	tags: ['Governments'],
	summary: 'List and filter the participating governments',
	description:
		'Every government on the booklet’s list: the countries (each with its local authorities nested), then the local authorities.',
	query: governmentsQuery,
});

const getGovernment = operation({
	operationId: 'getGovernment',
	tags: ['Governments'],
	summary: 'One government with its local authorities and stories',
	description:
		'By ISO 3166-1 alpha-2, alpha-3 or numeric code, or a local authority’s id (any case); exact names work too. Content-Location gives the canonical path.',
	params: {
		code: pathParam({ description: 'e.g. BR, BRA, 076 or br-sao-paulo', example: 'BRA' }),
	},
	query: { lang: langParam() },
});

/** A code of `id=` that names a government an earlier code already named (`076` after `BRA`). */
interface Duplicate {
	code: string;
	sameAs: string;
	id: string;
}

/**
 * The governments named by `id=`, in the order given, that also pass the other filters; each once,
 * with the codes that named one again reported (the same government is never listed twice).
 */
function byCodes(codes: readonly string[], filtered: readonly Government[]) {
	const passing = new Set(filtered);
	const firstCode = new Map<Government, string>();
	const duplicates: Duplicate[] = [];
	for (const code of codes) {
		const government = findGovernment({ query: code });
		if (!government) continue;
		const sameAs = firstCode.get(government);
		if (sameAs === undefined) firstCode.set(government, code);
		else duplicates.push({ code, sameAs, id: governmentId(government) });
	}
	return {
		rows: [...firstCode.keys()].filter((government) => passing.has(government)),
		duplicates,
	};
}

const sortKeys: Record<(typeof SORT_KEYS)[number], SortKey<Government>> = {
	name: (government, locale) => governmentName(government, { locale }),
	id: governmentId,
	region: (government) => `${countryOf(government).region} ${government.bookletName}`,
	stories: (government) => storiesOf(government).length,
};

export const governmentsRoutes = new Hono()
	.get('/', varies({ formats: FORMATS, language: true }), listGovernments, async (c) => {
		// what is left once the list's own parameters are taken is core's filter, as it is named there
		const { id, q, fields, sort, limit, offset, format, lang, ...filter } = c.req.valid('query');
		const [{ searchGovernments }, { governmentsTable }] = await Promise.all([
			loadSearch(),
			loadDataset(),
		]);
		const filtered = searchGovernments({ query: q, ...filter });
		const language = requestLanguage(lang, c.req.header('accept-language'));
		const lookup = id ? byCodes(id, filtered) : undefined;
		return listResponse(c, {
			name: 'governments',
			rows: lookup ? lookup.rows : filtered,
			query: { fields, sort, limit, offset, format },
			sortKeys,
			locale: language,
			...(lookup ? { meta: { duplicates: lookup.duplicates } } : {}),
			toItem: (government) => governmentItem(government, language),
			key: 'id',
			columns: governmentsTable([]).columns,
		});
	})
	.get('/:code', varies({ ...JSON_ONLY, language: true }), getGovernment, async (c) => {
		const { code } = c.req.valid('param');
		const government = findGovernment({ query: code });
		if (!government) {
			const { suggestions, hint } = await unknownTarget(code, (candidate) => {
				const candidateId = governmentId(candidate);
				return [{ value: candidateId, href: governmentPath(candidateId) }];
			});
			throw new ProblemError({
				type: 'not-found',
				detail: `No participating government has the code "${code}".${hint} Give an ISO 3166-1 alpha-2, alpha-3 or numeric code, a local authority id or a participant’s exact name; to find one by another name, try /v1/resolve?q=${encodeURIComponent(code)}.`,
				suggestions,
			});
		}
		c.header('Content-Location', governmentPath(governmentId(government)));
		const language = requestLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
		return c.json({ data: governmentDetail(government, language) }, 200);
	});
