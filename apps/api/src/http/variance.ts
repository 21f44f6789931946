/**
 * @module what a route's representation varies on, declared once beside the route: the memo's key,
 * `Vary`, `Content-Language`, 406 and the OpenAPI headers all follow from that declaration
 */
import type { MiddlewareHandler } from 'hono';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { loadLanguage } from '../i18n/translations.js';
import { requestLanguage } from './language.js';
import { type Format, formatFromAccept, negotiate } from './negotiate.js';
import { parseTable } from './parse-table.js';

/** What a route's representation depends on besides its path and query. */
export interface Variance {
	/** the formats `Accept` chooses among, the default first */
	formats: readonly Format[];
	/** true when the body holds the project's own words in the request's language */
	language: boolean;
}

/** A route that answers JSON only, whatever the language. */
export const JSON_ONLY: Variance = { formats: ['json'], language: false };

/** The variance of routes that declared none (files, pages, operations): only the content coding. */
export const INVARIANT: Variance = { formats: [], language: false };

/** A declaration, as the memo reads it per request: the request headers it consults, ready to key. */
export interface DeclaredVariance extends Variance {
	/** `Vary`'s value for the representation (before any `Accept-Encoding` the memo adds) */
	vary: string;
	/** the format part of the memo key for an `Accept` value: `none` when nothing offered is acceptable */
	formatKey: (accept: string) => string;
}

const declarations = new WeakMap<MiddlewareHandler, DeclaredVariance>();

export function declare(variance: Variance): DeclaredVariance {
	const vary = [
		...(variance.formats.length > 0 ? ['Accept'] : []),
		...(variance.language ? ['Accept-Language'] : []),
	].join(', ');
	return {
		...variance,
		vary,
		formatKey: parseTable((accept) => formatFromAccept(accept, variance.formats) ?? 'none'),
	};
}

/**
 * The route middleware that declares a representation's variance: `Vary` on every answer, 406 when
 * `Accept` leaves none of the formats (a list's `format` parameter overrides `Accept`), and
 * `Content-Language` on a localized success. `variesOf` reads the declaration back.
 */
export function varies(variance: Variance): MiddlewareHandler {
	const declared = declare(variance);
	const middleware: MiddlewareHandler = async (c, next) => {
		if (declared.vary) c.header('Vary', declared.vary);
		if (declared.formats.length > 0 && c.req.query('format') === undefined) {
			negotiate({ accept: c.req.header('accept'), offered: declared.formats });
		}
		const language = declared.language
			? requestLanguage(c.req.query('lang'), c.req.header('accept-language'))
			: undefined;
		if (language) await loadLanguage(language);
		await next();
		// the CSV is the English table whatever the language asked for: it says so
		const csv = c.res.headers.get('Content-Type')?.startsWith('text/csv');
		if (language && c.res.status < 400)
			c.res.headers.set('Content-Language', csv ? 'en' : language);
	};
	declarations.set(middleware, declared);
	return middleware;
}

/** The declaration a route handler carries, if it is a `varies` middleware. */
export const variesOf = (handler: unknown): DeclaredVariance | undefined =>
	declarations.get(handler as MiddlewareHandler);

/** A route as Hono lists it (`app.routes`). */
interface ListedRoute {
	method: string;
	path: string;
	handler: unknown;
}

/** what Hono calls a sub-app's handler it wraps when mounting it (`hono/utils/constants`) */
const COMPOSED_HANDLER = '__COMPOSED_HANDLER';

/**
 * The declared variance of every GET route of an app, by the path a request takes: what the memo
 * keys on before routing (remembered per path) and what the OpenAPI document declares.
 */
export function declaredVariances(routes: readonly ListedRoute[]) {
	const byPath = new Map<string, DeclaredVariance>();
	for (const { method, path, handler } of routes) {
		if (method !== 'GET') continue;
		const declared =
			variesOf(handler) ?? variesOf((handler as Record<string, unknown>)[COMPOSED_HANDLER]);
		if (declared) byPath.set(path, declared);
	}
	const router = new RegExpRouter<DeclaredVariance>();
	for (const [path, declared] of byPath) router.add('GET', path, declared);
	const invariant = declare(INVARIANT);
	const of = parseTable((path: string) => router.match('GET', path)[0][0]?.[0] ?? invariant);
	return { byPath, of };
}
