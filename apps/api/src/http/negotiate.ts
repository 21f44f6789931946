/** @module content negotiation: a list's `format` wins over `Accept`; other routes offer JSON only */
import { ProblemError } from '../problem.js';

export const FORMATS = ['json', 'csv', 'csv-excel', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export const MEDIA_TYPES: Readonly<Record<Format, string>> = {
	json: 'application/json',
	csv: 'text/csv; charset=utf-8',
	'csv-excel': 'text/csv; charset=utf-8',
	ndjson: 'application/x-ndjson',
};

/** the media types each format answers to in `Accept` */
const ACCEPTED: Readonly<Record<Format, readonly string[]>> = {
	json: ['application/json'],
	csv: ['text/csv'],
	// the same media type as csv: only `format` asks for Excel's variant
	'csv-excel': [],
	ndjson: ['application/x-ndjson', 'application/ndjson'],
};

interface Range {
	type: string;
	q: number;
	order: number;
}

function parseAccept(header: string): Range[] {
	return header
		.split(',')
		.map((part, order) => {
			const [type = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
			const q = params.find((param) => param.startsWith('q='));
			const weight = q ? Number(q.slice(2)) : 1;
			return { type, q: Number.isFinite(weight) && weight <= 1 ? Math.max(weight, 0) : 0, order };
		})
		.filter((range) => range.type.length > 0);
}

/** how closely a range names a media type: exact 2, `type/*` 1, `*\/*` 0, no match -1 */
function specificity(range: string, mediaType: string): number {
	if (range === mediaType) return 2;
	if (range === '*/*') return 0;
	return range.endsWith('/*') && mediaType.startsWith(range.slice(0, -1)) ? 1 : -1;
}

/** The range that decides a media type's quality: the most specific one naming it (RFC 9110 §12.5.1). */
function decidingRange(ranges: readonly Range[], mediaType: string): Range | undefined {
	let best: Range | undefined;
	let bestSpecificity = -1;
	for (const range of ranges) {
		const rank = specificity(range.type, mediaType);
		if (rank > bestSpecificity) {
			best = range;
			bestSpecificity = rank;
		}
	}
	return best;
}

/**
 * The format an `Accept` header asks for, among those a route offers (the first is its default):
 * each format's quality is that of the most specific range naming it, so `q=0` rules it out even
 * under a wildcard; the highest quality wins, then the range sent first, then the route's order.
 * The default when `Accept` is absent or names nothing parsable; undefined when nothing offered is
 * acceptable.
 */
export function formatFromAccept(
	accept: string | undefined,
	offered: readonly Format[] = FORMATS,
): Format | undefined {
	if (!accept) return offered[0];
	const ranges = parseAccept(accept);
	if (ranges.length === 0) return offered[0];
	let chosen: Format | undefined;
	let chosenRange: Range | undefined;
	for (const format of offered) {
		for (const mediaType of ACCEPTED[format]) {
			const range = decidingRange(ranges, mediaType);
			if (!range || range.q === 0) continue;
			if (
				!chosenRange ||
				range.q > chosenRange.q ||
				(range.q === chosenRange.q && range.order < chosenRange.order)
			) {
				chosen = format;
				chosenRange = range;
			}
		}
	}
	return chosen;
}

/** The negotiated format of a request; throws 406 when `Accept` rules out every format. */
export function negotiate({
	format,
	accept,
	offered = FORMATS,
}: {
	format?: Format;
	accept?: string;
	offered?: readonly Format[];
}): Format {
	if (format) return format;
	const chosen = formatFromAccept(accept, offered);
	if (chosen) return chosen;
	throw new ProblemError({
		type: 'not-acceptable',
		detail: `None of the media types in Accept (${accept}) can be produced here. Ask for one of the allowed types${offered.length > 1 ? ', or use the format parameter' : ''}.`,
		allowed: offered.map((offer) => MEDIA_TYPES[offer]),
	});
}
