/** @module Node entry: serves the app on PORT (default 8787), compressed, one log line per request, and the MCP server at /mcp */
import { createWriteStream } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { resolveGovernment } from '@mgi-stories/core/resolve';
import { search } from '@mgi-stories/core/search';
import { createMcpApp, MCP_PATH } from '@mgi-stories/mcp';
import { getPath } from 'hono/utils/url';
import { createHandler } from '../app.js';
import type { Compress } from '../http/encoding.js';
import { formatAccessLog } from '../middleware/access-log.js';
import type { RequestView } from '../middleware/cache.js';
import { isLimited, type RateLimitOptions } from '../middleware/rate-limit.js';
import { PROBLEM_TYPES } from '../problem.js';
import {
	clientErrorType,
	errorHeaders,
	MISSING_HOST,
	problemFetchResponse,
	problemHttpMessage,
	problemReply,
} from './node-errors.js';
import { percentEncodedRequest, replay } from './raw-target.js';

// build core's search indexes now rather than on the first request (workerd keeps them lazy)
search({ query: 'migration' });
resolveGovernment({ query: 'migration' });

/** Quality 5 brotli and level 6 gzip: most of the gain for a fraction of the maximum's CPU, done once per representation. */
const compress: Compress = (body, encoding) =>
	encoding === 'br'
		? brotliCompressSync(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: 5,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
				},
			})
		: gzipSync(body, { level: 6 });

const numberFrom = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);

// stdout on Linux is written synchronously (files and pipes alike), so one slow write (a busy disk, a
// full pipe) would stall every request: log lines go out through a stream that writes off the event
// loop, batched per event-loop turn (one write instead of one per request); a closed stdout is not fatal
const out = createWriteStream('', { fd: 1 }).on('error', () => {});
/** log bytes waiting for a slow stdout beyond which lines are dropped (and counted), so memory stays bounded */
const MAX_LOG_BACKLOG = 8_000_000;
let pending: string[] = [];
let dropped = 0;
function log(line: string) {
	if (pending.length === 0) setImmediate(flush);
	pending.push(line);
}
function flush() {
	const lines = pending;
	pending = [];
	if (out.writableLength > MAX_LOG_BACKLOG) {
		dropped += lines.length;
		return;
	}
	if (dropped > 0) lines.unshift(`- - ${dropped} log lines dropped: stdout too slow`);
	dropped = 0;
	out.write(`${lines.join('\n')}\n`);
}

/** what @hono/node-server passes a request as its env */
interface NodeBindings {
	incoming?: IncomingMessage;
}

// per client: API_RATE_LIMIT requests (0: no limit) per API_RATE_LIMIT_WINDOW seconds, counted in
// memory; loopback clients are exempt unless API_RATE_LIMIT_LOOPBACK=true
const limit = numberFrom('API_RATE_LIMIT') ?? 600;
const rateLimit: RateLimitOptions | undefined =
	limit > 0
		? {
				policy: { limit, windowSeconds: numberFrom('API_RATE_LIMIT_WINDOW') ?? 60 },
				// the socket's peer; none for requests the entry makes itself (the error headers)
				clientOf: (c) => (c.env as NodeBindings | undefined)?.incoming?.socket.remoteAddress,
				limitLoopback: process.env.API_RATE_LIMIT_LOOPBACK === 'true',
			}
		: undefined;

/** false while the entry asks the app for the error headers: that request is not an access to log */
let serving = false;
// API_CACHE_BYTES=0 turns off memoized representations (the benchmark measures both)
const { fetch, fromMemo } = createHandler({
	rateLimit,
	cacheBytes: numberFrom('API_CACHE_BYTES'),
	cacheEntries: numberFrom('API_CACHE_ENTRIES'),
	compress,
	log: (entry) => serving && log(formatAccessLog(entry)),
});
// the MCP server answers on Node only: the API's Worker stays without the SDK (apps/mcp has its own)
const mcp = createMcpApp();
// the bindings carry Node's socket, which the rate limiter keys on: pass them through
const fetchOrMcp = (
	request: Request,
	...rest: Parameters<typeof fetch> extends [unknown, ...infer Rest] ? Rest : never
) => (getPath(request) === MCP_PATH ? mcp.fetch(request) : fetch(request, ...rest));
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';

const headers = await errorHeaders(fetch);
serving = true;
const listener = getRequestListener(fetchOrMcp, {
	hostname,
	// a target the Fetch API cannot hold (e.g. a backslash): a problem, not an empty 400
	errorHandler: () => {
		log('- - 400 unparsable request');
		return problemFetchResponse('bad-request', headers);
	},
});

/** Node's request as the memo reads it: no Fetch Request is built for a memoized answer. */
const nodeView = (incoming: IncomingMessage): RequestView => {
	const url = `http://localhost${incoming.url}`;
	return {
		method: incoming.method ?? 'GET',
		url,
		path: getPath({ url } as Request),
		header: (name) => {
			const value = incoming.headers[name];
			return Array.isArray(value) ? value.join(', ') : value;
		},
	};
};

const server = createServer(
	// a slow or stalled client gives up its socket after 10 s without headers, 30 s without a whole request
	{
		headersTimeout: 10_000,
		requestTimeout: 30_000,
		keepAliveTimeout: 5_000,
		connectionsCheckingInterval: 1_000,
		// answered below as a problem, like every other error (Node's own answer is an empty 400)
		requireHostHeader: false,
	},
	(incoming, outgoing) => {
		if (incoming.headers.host === undefined && incoming.httpVersion !== '1.0') {
			log(`- - 400 no Host header`);
			const reply = problemReply('bad-request', headers, MISSING_HOST, incoming.method);
			outgoing.writeHead(reply.status, reply.headers);
			return outgoing.end(reply.body);
		}
		// origin-form targets from clients the limits exempt (loopback by default) only: anything
		// else goes through the app, whose limiter counts it and whose adapter checks the target
		const exempt = !rateLimit || !isLimited(rateLimit, incoming.socket.remoteAddress);
		const reply =
			exempt && incoming.url?.startsWith('/') ? fromMemo(nodeView(incoming)) : undefined;
		if (!reply) return listener(incoming, outgoing);
		outgoing.writeHead(reply.status, reply.headers);
		outgoing.end(reply.body ?? undefined);
	},
);

/** connections handed to `replay`: their first parser's further complaints are moot */
const replayed = new WeakSet<Socket>();

// what Node's parser rejects (431, malformed requests, timeouts) is answered as problem+json too
server.on(
	'clientError',
	(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
		if (replayed.has(socket)) return;
		if (!socket.writable) return socket.destroy();
		// raw UTF-8 in the target: percent-encoded and served, as workerd and Cloudflare do
		const encoded =
			error.code === 'HPE_INVALID_URL' && error.rawPacket
				? percentEncodedRequest(error.rawPacket)
				: undefined;
		if (encoded) {
			replayed.add(socket);
			return replay(server, socket, encoded);
		}
		const type = clientErrorType(error.code);
		log(`- - ${PROBLEM_TYPES[type].status} ${error.code ?? 'client error'}`);
		socket.end(problemHttpMessage(type, headers));
	},
);

server.listen(port, hostname, () => {
	const address = server.address();
	console.log(
		`API listening on http://localhost:${typeof address === 'object' && address ? address.port : port}`,
	);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		if (pending.length > 0) flush();
		server.close(() => out.end(() => process.exit(0)));
		setTimeout(() => process.exit(0), 2000).unref();
	});
}
