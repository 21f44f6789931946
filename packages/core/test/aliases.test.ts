import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasesJson } from '../scripts/generate-aliases.js';
import { aliases } from '../src/generated/aliases.js';

const namesOf = (target: string, kind?: string) =>
	aliases.groups
		.filter((group) => kind === undefined || group.kind === kind)
		.flatMap((group) => group.names[target] ?? []);

describe('data/aliases.json', () => {
	it('is exactly what the script derives from its pinned sources and the data', () => {
		const committed = readFileSync(new URL('../data/aliases.json', import.meta.url), 'utf8');
		expect(committed === aliasesJson(), 'out of date: run `pnpm aliases`').toBe(true);
	});

	it('labels every group of aliases with its kind and a source that declares that kind, version and licence', () => {
		const sources = new Map(aliases.sources.map((source) => [source.id, source]));
		for (const group of aliases.groups) {
			expect(sources.get(group.source)?.kinds, `${group.kind} (${group.source})`).toContain(
				group.kind,
			);
		}
		expect(aliases.sources.map(({ id, from, licence }) => ({ id, from, licence }))).toEqual([
			{ id: 'iso-3166-3', from: 'iso-3166@4.4.0', licence: 'MIT' },
			{ id: 'world-countries', from: 'world-countries@5.1.0', licence: 'ODbL-1.0' },
			{ id: 'mgi-stories-reading', from: 'mgi-stories', licence: 'CC-BY-4.0' },
		]);
	});

	it('takes a former name only from a change of name, never from a split or a merger', () => {
		const former = aliases.groups
			.filter((group) => group.kind === 'former-name')
			.flatMap((group) => Object.values(group.names).flat());
		expect(namesOf('BFA', 'former-name')).toEqual(['Upper Volta']);
		expect(former).not.toContain('Czechoslovakia');
		expect(former).not.toContain('USSR');
	});

	it('qualifies a local authority by the level of government the booklet gives it', () => {
		expect(namesOf('mx-tamaulipas')).toContain('Estado de Tamaulipas');
		expect(namesOf('mx-tamaulipas')).not.toContain('City of Tamaulipas');
		expect(namesOf('sl-freetown')).toContain('Freetown City Council');
		expect(namesOf('ca-montreal')).toContain('Montréal, Canada');
	});
});
