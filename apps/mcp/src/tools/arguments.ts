/** @module argument schemas the tools share; core checks the values again and names what it accepts */
import { DEFAULT_LOCALE, EDITIONS, type EditionId, LOCALES } from '@mgi-stories/core';
import * as z from 'zod';

/** the longest text argument taken, as core's resolver caps its queries */
export const MAX_TEXT = 200;

export const languageArgument = z
	.enum(LOCALES)
	.default(DEFAULT_LOCALE)
	.describe(
		`Language of the names, labels and our explanations: ${LOCALES.join(', ')}. The booklet's own words are never translated.`,
	);

/** the data's editions, as a schema takes them: core lists at least one */
const editions = EDITIONS as readonly [EditionId, ...EditionId[]];

export const editionArgument = z
	.enum(editions)
	.optional()
	.describe(
		`The booklet's edition: one of ${EDITIONS.join(', ')}. Every edition when omitted; each record names its own.`,
	);

export const textArgument = (description: string) => z.string().max(MAX_TEXT).describe(description);

/** one value, or several alternatives */
export const valuesArgument = (description: string) =>
	z
		.union([z.string().max(MAX_TEXT), z.array(z.string().max(MAX_TEXT)).max(50)])
		.optional()
		.describe(description);
