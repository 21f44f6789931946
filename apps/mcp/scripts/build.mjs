// Bundles the MCP server (core, the SDK, hono and zod included):
//   dist/stdio.js  – Node 20, the package's bin for desktop clients (stdio)
//   dist/worker.js – Cloudflare Workers / workerd (platform neutral, ESM, minified), /mcp over HTTP
// The API's Node server mounts the same app from source (apps/api/src/entry/node.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import {
	bundleOptions,
	nodeTarget,
	workerTarget,
} from '../../../tooling/scripts/esbuild-targets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'dist'), { recursive: true });

await Promise.all([
	build({
		...bundleOptions(root),
		...nodeTarget({ bin: true }),
		entryPoints: ['src/entry/stdio.ts'],
		outfile: 'dist/stdio.js',
	}),
	build({
		...bundleOptions(root),
		...workerTarget,
		entryPoints: ['src/entry/worker.ts'],
		outfile: 'dist/worker.js',
	}),
]);
const bytes = readFileSync(join(root, 'dist/worker.js'));
const gzipped = gzipSync(bytes, { level: 9 }).length;
writeFileSync(
	join(root, 'dist/sizes.json'),
	`${JSON.stringify({ worker: { bytes: bytes.length, gzip: gzipped } }, null, 2)}\n`,
);
console.log(
	`built dist/stdio.js and dist/worker.js (${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped)`,
);
