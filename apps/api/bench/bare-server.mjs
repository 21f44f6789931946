// The baseline: a bare node:http server answering each benchmarked path (and Accept-Encoding) with
// the exact bytes and headers the API produced for it, precomputed. Usage: node bench/bare-server.mjs <snapshot.json>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** @type {Record<string, { status: number, headers: Record<string, string>, body: string }>} */
const snapshot = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8'));
const answers = new Map(
	Object.entries(snapshot).map(([path, answer]) => [
		path,
		{ ...answer, body: Buffer.from(answer.body, 'base64') },
	]),
);

const server = createServer((request, response) => {
	const answer = answers.get(`${request.url ?? ''}#${request.headers['accept-encoding'] ?? ''}`);
	if (!answer) {
		response.writeHead(404);
		response.end();
		return;
	}
	response.writeHead(answer.status, answer.headers);
	response.end(answer.body);
});
server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	console.log(`bare listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
