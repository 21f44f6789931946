import * as z from 'zod';
import { UN_NAME_LANGUAGES, type UnNameLanguage } from '../i18n/locale.js';
import type { DeepReadonly } from './common.js';
import { M49CodeSchema } from './government.js';

export { UN_NAME_LANGUAGES, type UnNameLanguage };

const NameSchema = z.string().trim().min(1);

/** A UNTERM entry as the UN writes it: the short name carries the article, e.g. "Albanie (l')". */
const UntermNameSchema = z.strictObject({ short: NameSchema, formal: NameSchema });

const ByLocale = <T extends z.ZodType>(schema: T) =>
	z.strictObject(
		Object.fromEntries(UN_NAME_LANGUAGES.map((language) => [language, schema])) as Record<
			UnNameLanguage,
			T
		>,
	);

/** Where the vendored names come from: a repository pinned at a commit, and its licence. */
export const UnNamesSourceSchema = z.strictObject({
	id: z.literal('datasets-country-codes'),
	title: z.string().min(1),
	repository: z.url(),
	commit: z.string().regex(/^[0-9a-f]{40}$/, 'a full git commit id'),
	committed: z.iso.datetime({ offset: true }),
	files: z.array(z.string().min(1)).min(1),
	licence: z.literal('PDDL-1.0'),
	licenceUrl: z.url(),
	/** the UN services the repository takes the names from */
	upstream: z.array(z.strictObject({ title: z.string().min(1), url: z.url() })).min(1),
	note: z.string().min(1),
});

/**
 * data/un-names.json, vendored by scripts/vendor-un-names.ts: for every country or area in M49, the
 * UN Terminology (UNTERM) short and formal names in English, French and Spanish (null where UNTERM has
 * none, e.g. Côte d'Ivoire and Türkiye) and its M49 names; and the M49 areas (regions, sub-regions,
 * intermediate regions) in the three languages. Kept as the UN writes them: articles are parsed later.
 */
export const UnNamesFileSchema = z.strictObject({
	source: UnNamesSourceSchema,
	countries: z
		.array(
			z.strictObject({
				m49: M49CodeSchema,
				alpha2: z.string().regex(/^[A-Z]{2}$/),
				alpha3: z.string().regex(/^[A-Z]{3}$/),
				unterm: ByLocale(UntermNameSchema.nullable()),
				m49Names: ByLocale(NameSchema),
				/** the M49 areas it belongs to, broadest first (region, sub-region, intermediate region); none for Antarctica */
				areas: z.array(M49CodeSchema).max(3),
			}),
		)
		.min(1),
	areas: z
		.array(
			z.strictObject({
				code: M49CodeSchema,
				level: z.enum(['region', 'subregion', 'intermediate-region']),
				names: ByLocale(NameSchema),
			}),
		)
		.min(1),
});
export type UnNamesFile = DeepReadonly<z.infer<typeof UnNamesFileSchema>>;
