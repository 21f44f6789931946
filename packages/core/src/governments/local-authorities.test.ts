import { iso31662 } from 'iso-3166';
import { describe, expect, it } from 'vitest';
import { countries, governmentSources, localAuthorities } from '../data.js';
import { findGovernment } from './find-government.js';
import { namesOf } from './name-index.js';

const alpha2Of = (alpha3: string) => countries.find((country) => country.alpha3 === alpha3)?.alpha2;

describe('local authorities', () => {
	it('each has a level with its reason, on the word of a declared source', () => {
		const declared = new Set(governmentSources.map((source) => source.id));
		for (const local of localAuthorities) {
			expect(local.level.reason.length, local.id).toBeGreaterThan(20);
			expect(declared.has(local.level.source), local.id).toBe(true);
			expect(declared.has(local.subdivision.source), local.id).toBe(true);
			expect(declared.has(local.subdivision.admin1.source), local.id).toBe(true);
			expect(declared.has(local.gazetteer.source), local.id).toBe(true);
		}
	});

	it('each lies in a first-level ISO 3166-2 subdivision of its own country, as iso-3166 lists it', () => {
		for (const local of localAuthorities) {
			const entry = iso31662.find((candidate) => candidate.code === local.subdivision.code);
			expect(entry, local.id).toBeDefined();
			expect(entry?.parent, local.id).toBe(alpha2Of(local.country));
			expect(entry?.name, local.id).toBe(local.subdivision.name);
		}
	});

	it('reads the four Mexican local authorities as states, placed at their seats of government', () => {
		const mexican = localAuthorities.filter((local) => local.country === 'MEX');
		expect(
			mexican.map((local) => [local.bookletName, local.level.value, local.subdivision.code]),
		).toEqual([
			['Chihuahua', 'state', 'MX-CHH'],
			['Guanajuato', 'state', 'MX-GUA'],
			['Oaxaca', 'state', 'MX-OAX'],
			['Tamaulipas', 'state', 'MX-TAM'],
		]);
		for (const state of mexican) {
			expect(state.gazetteer.feature).toBe('PPLA');
			expect(state.gazetteer.pointIs).toMatch(/seat of government of the state/);
		}
		const tamaulipas = mexican.find((local) => local.bookletName === 'Tamaulipas');
		expect(tamaulipas?.gazetteer.name).toBe('Ciudad Victoria');
		// the seat is another place: the state is not known by its name
		expect(tamaulipas && namesOf(tamaulipas)).toEqual(['Tamaulipas']);
		expect(findGovernment({ query: 'Ciudad Victoria' })).toBeUndefined();
	});

	it('takes São Paulo’s level from the booklet’s own words', () => {
		const saoPaulo = localAuthorities.find((local) => local.id === 'br-sao-paulo');
		expect(saoPaulo?.level).toMatchObject({ value: 'municipality', source: 'booklet' });
		expect(saoPaulo?.subdivision.code).toBe('BR-SP');
	});
});

describe('government sources', () => {
	it('name a version and an SPDX licence for every package, and mark our own reading as such', () => {
		for (const source of governmentSources) {
			if (source.kind === 'package') expect(source.package, source.id).toMatch(/@\d+\.\d+\.\d+$/);
			expect(source.licence, source.id).toMatch(/^[A-Za-z0-9.+-]+$/);
		}
		expect(governmentSources.find((source) => source.kind === 'reading')).toMatchObject({
			id: 'mgi-stories-reading',
			licence: 'CC-BY-4.0',
		});
		expect(governmentSources.find((source) => source.id === 'un-m49')?.fields).toContain(
			'subregion',
		);
	});

	it('gives Ireland its official name, "Ireland"', () => {
		expect(countries.find((country) => country.alpha3 === 'IRL')?.officialName).toBe('Ireland');
	});
});
