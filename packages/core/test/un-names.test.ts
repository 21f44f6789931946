import { describe, expect, it } from 'vitest';
import { countries } from '../src/data.js';
import { unNames } from '../src/generated/un-names.js';

const byAlpha3 = new Map(unNames.countries.map((entry) => [entry.alpha3, entry]));
const areaCodes = new Set(unNames.areas.map((area) => area.code));

describe('data/un-names.json (vendored from datasets/country-codes)', () => {
	it('names its repository, the commit it was read at and its licence', () => {
		expect(unNames.source.repository).toBe('https://github.com/datasets/country-codes');
		expect(unNames.source.commit).toMatch(/^[0-9a-f]{40}$/);
		expect(unNames.source.licence).toBe('PDDL-1.0');
	});

	it('covers every country or area in M49, participants or not', () => {
		expect(unNames.countries).toHaveLength(249);
		expect(byAlpha3.get('FRA')?.unterm.fr?.short).toBe('France (la)');
		expect(byAlpha3.get('CAN')?.unterm.es?.short).toBe('Canadá (el)');
	});

	it('has every participating country, with the same M49 code and M49 areas', () => {
		for (const country of countries) {
			const entry = byAlpha3.get(country.alpha3);
			expect(entry?.m49, country.alpha3).toBe(country.numeric);
			expect(entry?.areas, country.alpha3).toContain(country.subregionCode);
		}
	});

	it('lists UNTERM names in all three languages or in none (Côte d’Ivoire and Türkiye have none)', () => {
		for (const entry of unNames.countries) {
			const listed = [entry.unterm.en, entry.unterm.fr, entry.unterm.es].filter(Boolean);
			expect([0, 3], entry.alpha3).toContain(listed.length);
		}
		expect(byAlpha3.get('CIV')?.unterm.fr).toBeNull();
		expect(byAlpha3.get('CIV')?.m49Names.fr).toBe('Côte d’Ivoire');
		expect(byAlpha3.get('TUR')?.m49Names.es).toBe('Türkiye');
	});

	it('names every area a country belongs to in English, French and Spanish', () => {
		for (const entry of unNames.countries) {
			for (const code of entry.areas)
				expect(areaCodes.has(code), `${entry.alpha3} ${code}`).toBe(true);
		}
		const area = (code: string) => unNames.areas.find((candidate) => candidate.code === code);
		expect(area('202')?.names.fr).toBe('Afrique subsaharienne');
		expect(area('039')?.names.fr).toBe('Europe méridionale');
		expect(area('419')?.names.es).toBe('América Latina y el Caribe');
	});
});
