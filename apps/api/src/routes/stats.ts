/** @module /v1/stats: the programme in numbers and the booklet's claims checked */
import { Hono } from 'hono/tiny';
import { requestLanguage } from '../http/language.js';
import { JSON_ONLY, varies } from '../http/variance.js';
import { loadStatistics } from '../lazy/load.js';
import { operation } from '../openapi/operation.js';
import { editionParam, langParam } from '../openapi/params.js';

const getStatistics = operation({
	operationId: 'getStatistics',
	tags: ['Dataset'],
	summary: 'Counts, coverage per region, and the booklet’s claims checked',
	description:
		'Each checkable claim of the booklet’s foreword, introduction and contents: the quote, what is checked, the values computed and a verdict (consistent, inconsistent, or not-checkable with the reason). A disagreement is reported as "inconsistent", never corrected.',
	query: { lang: langParam(), edition: editionParam('counts and claims of') },
});

export const statsRoutes = new Hono().get(
	'/',
	varies({ ...JSON_ONLY, language: true }),
	getStatistics,
	async (c) => {
		const { datasetStats } = await loadStatistics();
		const { lang, edition } = c.req.valid('query');
		const locale = requestLanguage(lang, c.req.header('accept-language'));
		return c.json({ data: datasetStats({ locale, edition }) }, 200);
	},
);
