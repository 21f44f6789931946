/** @module Node entry: serves the app on PORT (default 8787), one log line per request */
import { serve } from '@hono/node-server';
import { resolveGovernment, search } from '@mgi-stories/core';
import { createApp } from '../app.js';

// build core's search indexes now rather than on the first request (workerd keeps them lazy)
search({ query: 'migration' });
resolveGovernment({ query: 'migration' });

// API_CACHE_BYTES=0 turns off memoized representations (the benchmark measures both)
const cacheBytes = process.env.API_CACHE_BYTES ? Number(process.env.API_CACHE_BYTES) : undefined;
const app = createApp({ cacheBytes });
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';

// log lines are batched per event-loop turn: one write instead of one per request
let pending: string[] = [];
function log(line: string) {
	if (pending.length === 0) setImmediate(flush);
	pending.push(line);
}
function flush() {
	const lines = pending;
	pending = [];
	process.stdout.write(`${lines.join('\n')}\n`);
}

const server = serve(
	{
		hostname,
		port,
		fetch: (request) => {
			const started = performance.now();
			const logged = (response: Response) => {
				const at = request.url.indexOf('/', request.url.indexOf('//') + 2);
				log(
					`${request.method} ${request.url.slice(at)} ${response.status} ${(performance.now() - started).toFixed(1)}ms`,
				);
				return response;
			};
			// memoized answers come back synchronously: keep them off the promise path
			const response = app.fetch(request);
			return response instanceof Response ? logged(response) : response.then(logged);
		},
	},
	(info) => {
		console.log(`API listening on http://localhost:${info.port}`);
	},
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		if (pending.length > 0) flush();
		server.close(() => process.exit(0));
		setTimeout(() => process.exit(0), 2000).unref();
	});
}
