/** @module page metadata: unique titles, descriptions, canonical paths and JSON-LD */
import type { PageMeta } from '$lib/types';
import { serializeJsonLd } from './json-ld';

/** The page's metadata, with its JSON-LD serialized for a script element. */
export function pageMeta(meta: PageMeta): PageMeta & { jsonLdText?: string } {
	return meta.jsonLd ? { ...meta, jsonLdText: serializeJsonLd(meta.jsonLd) } : meta;
}
