/** @module one raw HTTP/1.1 exchange, for what fetch cannot send (raw UTF-8, backslashes, huge headers, stalls) */
import { connect } from 'node:net';

/** Sends `request` as UTF-8 bytes and returns everything received until the server closes. */
export function raw(origin: string, request: string): Promise<string> {
	const { hostname, port } = new URL(origin);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname, () => socket.write(request));
		const received: Buffer[] = [];
		socket.on('data', (chunk: Buffer) => received.push(chunk));
		const done = () => resolve(Buffer.concat(received).toString());
		socket.on('end', done);
		socket.on('close', done);
		socket.on('error', reject);
	});
}

/** The value of a header in a raw response. */
export const header = (message: string, name: string) =>
	new RegExp(`^${name}: (.*)$`, 'im').exec(message)?.[1]?.trim();

/** A raw exchange on a connection that closes after it: its status and body. */
export async function rawRequest(origin: string, request: string) {
	const message = await raw(origin, request.replace(/\r\n\r\n$/, '\r\nConnection: close\r\n\r\n'));
	const split = message.indexOf('\r\n\r\n');
	return {
		status: Number(/^HTTP\/1\.1 (\d{3})/.exec(message)?.[1]),
		headers: message.slice(0, split),
		body: message.slice(split + 4),
	};
}
