/** @module argument schemas the tools share; core checks the values again and names what it accepts */
import { DEFAULT_LOCALE, LOCALES } from '@mgi-stories/core';
import * as z from 'zod';

/** the longest text argument taken, as core's resolver caps its queries */
export const MAX_TEXT = 200;

export const languageArgument = z
	.enum(LOCALES)
	.default(DEFAULT_LOCALE)
	.describe(
		`Language of the names, labels and our explanations: ${LOCALES.join(', ')}. The booklet's own words are never translated.`,
	);

export const textArgument = (description: string) => z.string().max(MAX_TEXT).describe(description);

/** one value, or several alternatives */
export const valuesArgument = (description: string) =>
	z
		.union([z.string().max(MAX_TEXT), z.array(z.string().max(MAX_TEXT)).max(50)])
		.optional()
		.describe(description);
