import * as z from 'zod';
import type { DeepReadonly } from './common.js';

/** The id of a declared source, e.g. `un-m49` or `mgi-stories-reading`. */
export const SourceIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'a source id is lowercase words joined by hyphens');

/**
 * Where a set of fields comes from: the booklet (its words), a named package (its facts, at a pinned
 * version), a named dataset at a release or commit (the UN's names, a CLDR release), or this
 * project's own reading. Each names its licence as an SPDX id.
 */
export const SourceSchema = z.strictObject({
	id: SourceIdSchema,
	/** `dataset`: data that is no npm package (CLDR, the UN's names), with its `version` */
	kind: z.enum(['booklet', 'package', 'dataset', 'reading']),
	title: z.string().min(1),
	/** `name@version` of the npm package that carries the data */
	package: z
		.string()
		.regex(/^[\w@/.-]+@\d+\.\d+\.\d+$/, 'a package is name@version')
		.optional(),
	/** how a page names the source beside a fact it gives, the same in every language (`UNTERM`, `ISO 3166-3`) */
	shortName: z.string().min(1).optional(),
	/** the release or commit of a `dataset` source, e.g. CLDR `48.0` */
	version: z.string().min(1).optional(),
	/** the date of the release or commit `version` names */
	date: z.iso.date().optional(),
	/** where the dataset is published */
	url: z.url().optional(),
	/** SPDX licence id of the data as we redistribute it */
	licence: z.string().regex(/^[A-Za-z0-9.+-]+$/, 'an SPDX licence id'),
	licenceUrl: z.url(),
	/** the attribution the licence requires, as we give it */
	attribution: z.string().min(1),
	/** the fields it gives, as paths (`localAuthorities[].point`) */
	fields: z.array(z.string().min(1)).min(1),
	note: z.string().min(1).optional(),
});
export type Source = DeepReadonly<z.infer<typeof SourceSchema>>;
