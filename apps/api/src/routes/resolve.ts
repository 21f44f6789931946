/** @module /v1/resolve: which government does a name, code, alias or misspelling mean? */
import { Hono } from 'hono/tiny';
import { requestLanguage } from '../http/language.js';
import { JSON_ONLY, varies } from '../http/variance.js';
import { loadResolver } from '../lazy/load.js';
import { operation } from '../openapi/operation.js';
import { langParam, limitParam, requiredTextParam } from '../openapi/params.js';
import { governmentRef } from '../representations/government.js';

const resolve = operation({
	operationId: 'resolveName',
	tags: ['Governments'],
	summary: 'Resolve a name to a country or participating government, saying whether it took part',
	description: [
		"Resolves against every ISO 3166-1 country (codes; English, French and Spanish names from i18n-iso-countries; the dataset's names and screened alternative names) and the booklet's local authorities, then reports participation: `USA` is the United States, a `non-participant`.",
		'Case, accents, punctuation, spaces and a leading "the" are ignored; PDR, DPR, DR, Rep, St and Ste are spelled out ("Lao PDR").',
		'Each candidate says what matched (`matchedOn`) and its `score` (described there). When anything matches exactly, only exact matches are returned; `partial` is a run of whole words of a country name with a distinctive word ("Korea"); `fuzzy` a misspelling, while codes never match approximately (a local authority needs 85% similarity).',
		'Nothing below 0.7 is returned: `status` is then `no-match` with no candidates; `ambiguous` says when the answer is not certain (described there). A blank `q` or one over 200 characters is a 400.',
	].join('\n\n'),
	query: {
		q: requiredTextParam('A name, code, alias or misspelling.', 'Moldavia'),
		limit: limitParam(20, 5),
		lang: langParam(),
	},
});

export const resolveRoutes = new Hono().get(
	'/',
	varies({ ...JSON_ONLY, language: true }),
	resolve,
	async (c) => {
		const { q, limit, lang } = c.req.valid('query');
		const { resolveGovernment } = await loadResolver();
		const resolution = resolveGovernment({ query: q, limit });
		const language = requestLanguage(lang, c.req.header('accept-language'));
		return c.json(
			{
				data: {
					query: resolution.query,
					status: resolution.status,
					ambiguous: resolution.ambiguous,
					candidates: resolution.candidates.map(({ government, ...candidate }) => ({
						...candidate,
						government: government && governmentRef(government, language),
					})),
				},
			},
			200,
		);
	},
);
