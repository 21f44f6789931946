/**
 * @module problems for requests Node rejects before the app sees them (unparsable, oversized
 * headers, too slow): the same problem+json body and headers as every other error.
 */
import type { ProblemTypeId } from '../problem.js';
import { PROBLEM_TYPES, problemBody } from '../problem.js';

const DETAILS: Partial<Record<ProblemTypeId, string>> = {
	'bad-request':
		'The request could not be parsed: the target holds characters a URL cannot (encode them), or a header is malformed.',
	'request-timeout': 'The request did not arrive in time (headers 10 s, whole request 30 s).',
	'header-fields-too-large': 'The request headers exceed 16 KiB; send fewer or shorter headers.',
	'not-implemented':
		'The request method is not one HTTP defines for this API: it is read-only (GET, HEAD, OPTIONS).',
};

/** The problem type for a Node client error code (`HPE_*`, `ERR_HTTP_REQUEST_TIMEOUT`). */
export function clientErrorType(code: string | undefined): ProblemTypeId {
	if (code === 'HPE_HEADER_OVERFLOW') return 'header-fields-too-large';
	if (code === 'HPE_INVALID_METHOD') return 'not-implemented';
	if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'HPE_HEADERS_TIMEOUT')
		return 'request-timeout';
	return 'bad-request';
}

/** Headers of an error response, taken once from the app so these problems carry the same ones. */
export async function errorHeaders(
	fetch: (request: Request) => Response | Promise<Response>,
): Promise<Headers> {
	const response = await fetch(new Request('http://localhost/problems/-'));
	await response.arrayBuffer();
	const headers = new Headers(response.headers);
	for (const name of ['content-length', 'x-request-id', 'date']) headers.delete(name);
	return headers;
}

/** The detail of a 400 for an HTTP/1.1 request without a Host header. */
export const MISSING_HOST =
	'HTTP/1.1 requests must carry a Host header (RFC 9112 §3.2); send the host name you called.';

/** The problem as a status, headers and body for Node's response (no body for HEAD, its length stated). */
export function problemReply(
	type: ProblemTypeId,
	headers: Headers,
	detail: string,
	method = 'GET',
): { status: number; headers: Record<string, string>; body: string | undefined } {
	const body = JSON.stringify(problemBody({ type, detail }, 'http://localhost/'));
	const out: Record<string, string> = {};
	headers.forEach((value, name) => {
		out[name] = value;
	});
	out['x-request-id'] = crypto.randomUUID();
	out['content-length'] = String(Buffer.byteLength(body));
	return {
		status: PROBLEM_TYPES[type].status,
		headers: out,
		body: method === 'HEAD' ? undefined : body,
	};
}

/** The problem as a Fetch response. */
export function problemFetchResponse(
	type: ProblemTypeId,
	headers: Headers,
	target = '/',
): Response {
	const body = problemBody({ type, detail: DETAILS[type] ?? type }, `http://localhost${target}`);
	const out = new Headers(headers);
	out.set('x-request-id', crypto.randomUUID());
	return new Response(JSON.stringify(body), { status: PROBLEM_TYPES[type].status, headers: out });
}

/** The problem as raw HTTP/1.1 bytes, for a socket the parser gave up on; the connection closes. */
export function problemHttpMessage(type: ProblemTypeId, headers: Headers): string {
	const body = JSON.stringify(
		problemBody({ type, detail: DETAILS[type] ?? type }, 'http://localhost/'),
	);
	const { status, title } = PROBLEM_TYPES[type];
	const lines = [`HTTP/1.1 ${status} ${title}`];
	headers.forEach((value, name) => {
		lines.push(`${name}: ${value}`);
	});
	lines.push(`x-request-id: ${crypto.randomUUID()}`);
	lines.push(`content-length: ${Buffer.byteLength(body)}`, 'connection: close', '', body);
	return lines.join('\r\n');
}
