/** @module `Last-Modified` and `If-Modified-Since` (RFC 9110 §8.8.2, §13.1.3) */

/** A day (YYYY-MM-DD) as an IMF-fixdate at midnight UTC, e.g. `Sun, 29 Nov 2026 00:00:00 GMT`. */
export const httpDate = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
/** the three forms of HTTP-date a recipient accepts: IMF-fixdate, RFC 850 and asctime */
const HTTP_DATE = new RegExp(
	`^(?:${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT|${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})$`,
);

/** An HTTP-date in milliseconds since the epoch; undefined when the value is not one (then it is ignored). */
export function parseHttpDate(value: string): number | undefined {
	const text = value.trim();
	if (!HTTP_DATE.test(text)) return undefined;
	// asctime carries no zone: it is UTC
	const time = Date.parse(text.endsWith('GMT') ? text : `${text} GMT`);
	return Number.isNaN(time) ? undefined : time;
}

/**
 * True when `If-Modified-Since` says the client's copy is current: the representation was last
 * modified at or before the date sent. An invalid date is ignored (false).
 */
export function notModifiedSince(header: string, lastModified: number): boolean {
	const since = parseHttpDate(header);
	return since !== undefined && lastModified <= since;
}
