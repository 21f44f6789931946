import { describe, expect, it } from 'vitest';
import { countryShape, isInside } from '../scripts/country-points.js';
import { countries, governmentSources } from '../src/data.js';

describe("countries' points", () => {
	it.each(countries.map((country) => [country.alpha3, country] as const))(
		'%s: the point lies inside the country, on the boundaries the map draws',
		(_, country) => {
			expect(isInside(country.numeric, country.point), JSON.stringify(country.point)).toBe(true);
		},
	);

	it('would catch a point in a neighbouring country: the old Kuwait point lies in Iraq', () => {
		expect(isInside('414', { lat: 29.5, lon: 45.75 })).toBe(false);
		expect(isInside('368', { lat: 29.5, lon: 45.75 })).toBe(true);
	});

	it("takes the map's own 110m boundaries wherever they have the country", () => {
		const finer = countries
			.filter((country) => countryShape(country.numeric).resolution !== '110m')
			.map((country) => country.alpha3);
		expect(finer).toEqual(['BHR', 'CPV', 'COM', 'MUS', 'SYC', 'TUV']);
	});

	it('declares the method as the source of every point', () => {
		const source = governmentSources.find((entry) => entry.fields.includes('point'));
		expect(source).toMatchObject({
			id: 'natural-earth-pole-of-inaccessibility',
			package: 'world-atlas@2.0.2',
		});
		expect(source?.note).toMatch(/pole of inaccessibility \(polylabel@2\.1\.0/);
	});
});
