/**
 * Reads the data files as the build sees them: `data/<name>.json` by name, and the catalogues
 * `data/i18n/<locale>.json` together as `catalogues`, each fed to `hash` (the dataset's version).
 */
import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

function readJsonDir(dir: string, prefix: string, hash?: Hash): Record<string, unknown> {
	const files: Record<string, unknown> = {};
	for (const file of readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()) {
		const value: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
		hash?.update(`${prefix}${file}`).update(JSON.stringify(value));
		files[basename(file, '.json')] = value;
	}
	return files;
}

export function readDataFiles(dataDir: string, hash?: Hash): Record<string, unknown> {
	const files = readJsonDir(dataDir, '', hash);
	files.catalogues = readJsonDir(join(dataDir, 'i18n'), 'i18n/', hash);
	return files;
}
