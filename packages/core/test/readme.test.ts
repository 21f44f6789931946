import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('README examples', () => {
	it('has examples', () => {
		expect(examples.length).toBeGreaterThan(0);
	});

	it.each(examples.map((code, at) => [at, code] as const))(
		'example %i type-checks as strict TypeScript',
		(at, code) => {
			// inside the package, so that `@mgi-stories/core` resolves to the built package itself
			const file = join(packageDir, `.readme-example-${at}.ts`);
			writeFileSync(file, code);
			try {
				const tsc = join(packageDir, 'node_modules', '.bin', 'tsc');
				const flags = ['--strict', '--noUncheckedIndexedAccess', '--noEmit', '--skipLibCheck'];
				const target = [
					'--module',
					'NodeNext',
					'--moduleResolution',
					'NodeNext',
					'--target',
					'ES2022',
				];
				const run = () =>
					execFileSync(tsc, [...flags, ...target, '--types', 'node', file], {
						cwd: packageDir,
						encoding: 'utf8',
						stdio: 'pipe',
					});
				expect(run).not.toThrow();
			} finally {
				rmSync(file);
			}
		},
	);

	it.each(examples.map((code, at) => [at, code] as const))(
		'example %i prints what it says',
		(at, code) => {
			const expected = [...code.matchAll(/^\/\/ => (.*)$/gm)].map((match) => match[1]);
			// written inside the package so that `@mgi-stories/core` resolves to the built package itself
			const file = join(packageDir, `.readme-example-${at}.mjs`);
			writeFileSync(file, code);
			try {
				const output = execFileSync(process.execPath, [file], { encoding: 'utf8' });
				expect(output.trimEnd().split('\n')).toEqual(expected);
			} finally {
				rmSync(file);
			}
		},
	);
});
