/**
 * @module requests whose target holds raw UTF-8 (`GET /v1/resolve?q=Brésil`), which Node's strict
 * parser rejects while workerd and Cloudflare percent-encode them: Node answers them the same way
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';

const SPACE = 0x20;
const SLASH = 0x2f;
const DELETE = 0x7f;
const LAST_ASCII = 0x7f;

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The request with the target's non-ASCII bytes percent-encoded (as a browser or the Fetch URL
 * parser does) and `Connection: close` added, so it is the connection's last. Undefined unless the
 * packet starts with a whole request head whose origin-form target is otherwise valid.
 */
export function percentEncodedRequest(packet: Buffer): Buffer | undefined {
	const lineEnd = packet.indexOf('\r\n');
	if (lineEnd === -1 || packet.indexOf('\r\n\r\n') === -1) return undefined;
	const line = packet.subarray(0, lineEnd);
	const first = line.indexOf(SPACE);
	const last = line.lastIndexOf(SPACE);
	if (first <= 0 || last === first) return undefined;
	const method = line.subarray(0, first).toString('latin1');
	const version = line.subarray(last + 1).toString('latin1');
	const target = line.subarray(first + 1, last);
	if (!/^[A-Z]+$/.test(method) || !/^HTTP\/1\.[01]$/.test(version) || target[0] !== SLASH) {
		return undefined;
	}
	let encoded = '';
	let raw = false;
	for (const byte of target) {
		if (byte <= SPACE || byte === DELETE) return undefined;
		raw ||= byte > LAST_ASCII;
		encoded += byte > LAST_ASCII ? hex(byte) : String.fromCharCode(byte);
	}
	if (!raw) return undefined;
	const head = `${method} ${encoded} ${version}\r\nConnection: close\r\n`;
	return Buffer.concat([Buffer.from(head, 'latin1'), packet.subarray(lineEnd + 2)]);
}

/**
 * Serves `packet` on `socket` as if it had arrived on a fresh connection: the server parses it
 * again through a stream that writes to the socket and closes it after the response.
 */
export function replay(server: Server, socket: Socket, packet: Buffer): void {
	const bridge = new Duplex({
		read() {},
		write(chunk, encoding, callback) {
			socket.write(chunk, encoding, callback);
		},
		final(callback) {
			socket.end(callback);
		},
	});
	// what the rate limiter and the log read of a connection
	Object.defineProperty(bridge, 'remoteAddress', { value: socket.remoteAddress });
	bridge.on('error', () => socket.destroy());
	socket.on('close', () => bridge.destroy());
	bridge.push(packet);
	server.emit('connection', bridge);
}
