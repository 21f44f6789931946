/** @module /v1/facets: the classification vocabulary with story counts */
import { Hono } from 'hono/tiny';
import { requestLanguage } from '../http/language.js';
import { JSON_ONLY, varies } from '../http/variance.js';
import { labelTranslationIn, vocabularyIn } from '../i18n/translations.js';
import { loadStatistics } from '../lazy/load.js';
import { operation } from '../openapi/operation.js';
import { langParam } from '../openapi/params.js';

const listFacets = operation({
	operationId: 'listFacets',
	tags: ['Classification'],
	summary: 'Every facet’s vocabulary, with the rule applied and the number of stories per value',
	description:
		'For each facet (topic, framework, domain, GCM objective, outcome…): its label, description and tagging rule in the response’s language, and each value with the number of stories tagged with it and a link to them.',
	query: { lang: langParam() },
});

export const facetsRoutes = new Hono().get(
	'/',
	varies({ ...JSON_ONLY, language: true }),
	listFacets,
	async (c) => {
		const { countFacets } = await loadStatistics();
		const language = requestLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
		const { facets } = vocabularyIn(language);
		return c.json(
			{
				data: countFacets({ locale: language }).map((facet) => ({
					facet: facet.facet,
					label: facet.label,
					description: facet.description,
					rule: facets.find((candidate) => candidate.id === facet.facet)?.rule ?? '',
					values: facet.values.map((value) => ({
						...value,
						...labelTranslationIn(facet.facet, value.id, language),
						links: { stories: `/v1/stories?${facet.facet}=${value.id}` },
					})),
				})),
			},
			200,
		);
	},
);
