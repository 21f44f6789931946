/** @module the request's id: the client's `X-Request-Id` when it is safe to echo, else a new UUID */
import type { MiddlewareHandler } from 'hono';

declare module 'hono' {
	interface ContextVariableMap {
		requestId: string;
	}
}

/** Longest client-sent request id echoed. */
export const MAX_REQUEST_ID_LENGTH = 255;

const UNSAFE = /[^\w\-=]/;

/** The client's id when it is 1–255 letters, digits, `-`, `_` or `=`; otherwise a new UUID. */
export function requestIdFor(sent: string | null | undefined): string {
	return sent && sent.length <= MAX_REQUEST_ID_LENGTH && !UNSAFE.test(sent)
		? sent
		: crypto.randomUUID();
}

/** Sets `c.get('requestId')` and the `X-Request-Id` response header. */
export const requestId = (): MiddlewareHandler => async (c, next) => {
	const id = requestIdFor(c.req.header('x-request-id'));
	c.set('requestId', id);
	c.header('X-Request-Id', id);
	await next();
};
