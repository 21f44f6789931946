import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasesJson } from '../scripts/generate-aliases.js';
import { aliases } from '../src/generated/aliases.js';

describe('data/aliases.json', () => {
	it('is exactly what the script derives from its pinned sources and the data', () => {
		const committed = readFileSync(new URL('../data/aliases.json', import.meta.url), 'utf8');
		expect(committed === aliasesJson(), 'out of date: run `pnpm aliases`').toBe(true);
	});

	it('labels every alias with its kind and a source that declares that kind, version and licence', () => {
		const sources = new Map(aliases.sources.map((source) => [source.id, source]));
		for (const alias of aliases.aliases) {
			expect(sources.get(alias.source)?.kinds, `${alias.name} (${alias.source})`).toContain(
				alias.kind,
			);
		}
		expect(aliases.sources.map(({ id, from, licence }) => ({ id, from, licence }))).toEqual([
			{
				id: 'datasets-country-codes',
				from: 'https://github.com/datasets/country-codes@caa72d1e0e5af8876c170bb36a9e4d64a01bba88',
				licence: 'PDDL-1.0',
			},
			{ id: 'iso-3166-3', from: 'iso-3166@4.4.0', licence: 'MIT' },
			{ id: 'world-countries', from: 'world-countries@5.1.0', licence: 'ODbL-1.0' },
			{ id: 'mgi-stories-reading', from: 'mgi-stories', licence: 'CC-BY-4.0' },
		]);
	});

	it('takes the UN formal names as the UN writes them', () => {
		const korea = aliases.aliases.filter((alias) => alias.target === 'KOR');
		expect(korea).toContainEqual(
			expect.objectContaining({
				name: 'la République de Corée',
				kind: 'formal-name',
				locale: 'fr',
			}),
		);
		expect(korea).toContainEqual(
			expect.objectContaining({ name: 'República de Corea (la)', kind: 'un-name', locale: 'es' }),
		);
	});

	it('takes a former name only from a change of name, never from a split or a merger', () => {
		const former = aliases.aliases.filter((alias) => alias.kind === 'former-name');
		expect(former).toContainEqual(
			expect.objectContaining({ target: 'BFA', name: 'Upper Volta', source: 'iso-3166-3' }),
		);
		expect(former.map((alias) => alias.name)).not.toContain('Czechoslovakia');
		expect(former.map((alias) => alias.name)).not.toContain('USSR');
	});

	it('qualifies a local authority by the level of government the booklet gives it', () => {
		const names = (target: string) =>
			aliases.aliases.filter((alias) => alias.target === target).map((alias) => alias.name);
		expect(names('mx-tamaulipas')).toContain('Estado de Tamaulipas');
		expect(names('mx-tamaulipas')).not.toContain('City of Tamaulipas');
		expect(names('sl-freetown')).toContain('Freetown City Council');
		expect(names('ca-montreal')).toContain('Montréal, Canada');
	});
});
