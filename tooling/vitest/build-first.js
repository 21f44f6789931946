/**
 * @module vitest global setup for the packages whose tests run their build (the API's and MCP
 * server's entries, core's dist). `turbo run test` builds first (their turbo.json); run any other
 * way, as `pnpm --filter @mgi-stories/api test` on a fresh clone, the tests build the package and its
 * workspace dependencies through turbo themselves (a cache hit when nothing changed).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default function buildFirst() {
	// set by turbo in the tasks it runs, whose dependsOn already built everything
	if (process.env.TURBO_HASH) return;
	const { name } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
	execFileSync(
		'pnpm',
		['exec', 'turbo', 'run', 'build', `--filter=${name}...`, '--output-logs=errors-only'],
		{ cwd: root, stdio: 'inherit' },
	);
}
