/** @module content negotiation for the list endpoints: `format` wins over `Accept` */
import { ProblemError } from '../problem.js';

/** the list endpoints: the only paths whose representation depends on `Accept` */
export const NEGOTIATED_PATHS: ReadonlySet<string> = new Set([
	'/v1/stories',
	'/v1/governments',
	'/v1/search',
]);

export const FORMATS = ['json', 'csv', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export const MEDIA_TYPES: Readonly<Record<Format, string>> = {
	json: 'application/json',
	csv: 'text/csv; charset=utf-8',
	ndjson: 'application/x-ndjson',
};

const ACCEPTED: readonly (readonly [string, Format])[] = [
	['application/json', 'json'],
	['text/csv', 'csv'],
	['application/x-ndjson', 'ndjson'],
	['application/ndjson', 'ndjson'],
];

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
			return { type, q: Number.isFinite(weight) ? weight : 0, order };
		})
		.filter((range) => range.type.length > 0 && range.q > 0);
}

function matches(range: string, mediaType: string): boolean {
	if (range === '*/*' || range === mediaType) return true;
	return range.endsWith('/*') && mediaType.startsWith(range.slice(0, -1));
}

/**
 * The format an `Accept` header asks for: the range with the highest q wins (the earliest on ties;
 * a wildcard means JSON); JSON when absent; undefined when no format is acceptable.
 */
export function formatFromAccept(accept: string | undefined): Format | undefined {
	if (!accept) return 'json';
	const ranges = parseAccept(accept).sort((a, b) => b.q - a.q || a.order - b.order);
	if (ranges.length === 0) return 'json';
	for (const range of ranges) {
		const hit = ACCEPTED.find(([mediaType]) => matches(range.type, mediaType));
		if (hit) return hit[1];
	}
	return undefined;
}

/** The negotiated format of a list request; throws 406 when `Accept` rules out every format. */
export function negotiate({ format, accept }: { format?: Format; accept?: string }): Format {
	if (format) return format;
	const chosen = formatFromAccept(accept);
	if (chosen) return chosen;
	throw new ProblemError({
		type: 'not-acceptable',
		detail: `None of the media types in Accept (${accept}) can be produced here. Ask for one of the allowed types, or use the format parameter.`,
		allowed: Object.values(MEDIA_TYPES),
	});
}
