import * as z from 'zod';
import { LOCALES, type Locale } from '../i18n/locale.js';
import type { DeepReadonly } from './common.js';

const NamesSchema = z.array(z.string().min(1));

/** An ISO 3166-1 country as the resolver knows it: codes and names in every locale (English at least one). */
export const WorldCountrySchema = z.strictObject({
	alpha2: z.string().regex(/^[A-Z]{2}$/),
	alpha3: z.string().regex(/^[A-Z]{3}$/),
	numeric: z.string().regex(/^\d{3}$/),
	names: z.strictObject({
		...(Object.fromEntries(LOCALES.map((locale) => [locale, NamesSchema])) as Record<
			Locale,
			typeof NamesSchema
		>),
		en: NamesSchema.min(1),
	}),
});
export type WorldCountry = DeepReadonly<z.infer<typeof WorldCountrySchema>>;

/** data/world-names.json: the countries and the library (with version and licence) they come from. */
export const WorldNamesFileSchema = z.strictObject({
	source: z.strictObject({
		package: z.string(),
		version: z.string().regex(/^\d+\.\d+\.\d+$/),
		licence: z.string(),
		url: z.url(),
		locales: z.array(z.string()),
		note: z.string(),
	}),
	countries: z.array(WorldCountrySchema).length(249),
});
export type WorldNamesFile = DeepReadonly<z.infer<typeof WorldNamesFileSchema>>;
