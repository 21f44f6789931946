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

/** Reports each request after it is answered; runs after `requestId()`, so the id is known. */
export const accessLog =
	(log: (entry: AccessLogEntry) => void): MiddlewareHandler =>
	async (c, next) => {
		const started = performance.now();
		await next();
		const url = c.req.url;
		log({
			method: c.req.method,
			target: url.slice(pathStart(url)),
			status: c.res.status,
			milliseconds: performance.now() - started,
			requestId: c.get('requestId'),
		});
	};

/** `GET /v1/stories 200 0.4ms <request id>` */
export const formatAccessLog = ({
	method,
	target,
	status,
	milliseconds,
	requestId,
}: AccessLogEntry) => `${method} ${target} ${status} ${milliseconds.toFixed(1)}ms ${requestId}`;
