/** @module one access-log entry per request, with its request id (the runtime entry decides where it goes) */
import type { MiddlewareHandler } from 'hono';
import { pathStart } from '../http/target.js';

export interface AccessLogEntry {
	method: string;
	/** path and query as sent */
	target: string;
	status: number;
	milliseconds: number;
	requestId: string;
}

/** The entry of a request answered now that started at `started` (`performance.now()`). */
export const accessLogEntry = (
	method: string,
	url: string,
	status: number,
	started: number,
	requestId: string,
): AccessLogEntry => ({
	method,
	target: url.slice(pathStart(url)),
	status,
	milliseconds: performance.now() - started,
	requestId,
});

/** Reports each request after it is answered; runs after `requestId()`, so the id is known. */
export const accessLog =
	(log: (entry: AccessLogEntry) => void): MiddlewareHandler =>
	async (c, next) => {
		const started = performance.now();
		await next();
		log(accessLogEntry(c.req.method, c.req.url, c.res.status, started, c.get('requestId')));
	};

/** `GET /v1/stories 200 0.4ms <request id>` */
export const formatAccessLog = ({
	method,
	target,
	status,
	milliseconds,
	requestId,
}: AccessLogEntry) => `${method} ${target} ${status} ${milliseconds.toFixed(1)}ms ${requestId}`;
