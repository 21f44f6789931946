/** @module how every generator writes its data file, and how `--check` proves the committed one current */
import { readFileSync, writeFileSync } from 'node:fs';

/** A data file's text as the generators write it: tab-indented JSON ending with a newline. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, '\t')}\n`;

/**
 * Writes `text` to `path`, or, when the script runs with `--check`, leaves the file alone and exits
 * non-zero if it is missing or differs, naming the `pnpm` script that regenerates it.
 */
export function writeOrCheck(path: string, text: string, script: string): void {
	if (!process.argv.includes('--check')) {
		writeFileSync(path, text);
		console.log(`wrote ${path}`);
		return;
	}
	let committed: string | undefined;
	try {
		committed = readFileSync(path, 'utf8');
	} catch {
		// a missing file is simply out of date
	}
	if (committed !== text) {
		console.error(`${path} is out of date: run \`pnpm ${script}\``);
		process.exitCode = 1;
	}
}
