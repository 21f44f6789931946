import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import type { Country as WorldCountry } from 'world-countries';
import { type DroppedAlias, demonymsOf, screenAltNames } from '../scripts/alias-hygiene.js';
import { countries } from '../src/data.js';

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries') as WorldCountry[];

/** Every alternative name the scripts import: world-countries' and i18n-iso-countries' (en, fr, es). */
function imported(world: WorldCountry): string[] {
	const iso = ['en', 'fr', 'es'].flatMap(
		(locale) => isoCountries.getNames(locale, { select: 'all' })[world.cca2] ?? [],
	);
	return [...new Set([world.name.common, world.name.official, ...world.altSpellings, ...iso])];
}

const dropped = (world: WorldCountry): DroppedAlias[] =>
	screenAltNames({ alpha2: world.cca2, demonyms: demonymsOf(world) }, imported(world)).dropped;

describe('alias hygiene', () => {
	it('drops exactly these names from the participants’ imported alternative names, each with its reason', () => {
		const participants = new Set(countries.map((country) => country.alpha2));
		const found = worldCountries
			.filter((world) => participants.has(world.cca2))
			.sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))
			.flatMap(dropped);
		expect(found).toEqual([
			{
				country: 'AO',
				name: "ʁɛpublika de an'ɡɔla",
				rule: 'transcription',
				reason: 'contains IPA symbols: a pronunciation, not a spelling',
			},
			{
				country: 'KR',
				name: '남한',
				rule: 'not-the-state',
				reason:
					'"Namhan" (the South), a name for the southern half of the peninsula as against "Bukhan" (the North); not the state\'s name (대한민국, short 한국), and shown as its Korean name it misled readers',
			},
			{
				country: 'KR',
				name: '남조선',
				rule: 'pejorative',
				reason:
					'"Namjoseon" (South Joseon), the term North Korea uses for South Korea; not a name the state uses for itself',
			},
			{
				country: 'MX',
				name: 'Mexicanos',
				rule: 'adjective',
				reason: 'the adjective "Mexican" (plural), cut from "Estados Unidos Mexicanos"',
			},
			{
				country: 'PT',
				name: 'Portuguesa',
				rule: 'adjective',
				reason: 'the adjective "Portuguese" (feminine), cut from "República Portuguesa"',
			},
			{
				country: 'TL',
				name: 'Timor',
				rule: 'not-the-state',
				reason: 'the island, shared with Indonesia (West Timor); not a name of the state',
			},
		]);
	});

	it('keeps none of them in the dataset', () => {
		const kept = new Set(countries.flatMap((country) => country.altNames));
		for (const name of [
			"ʁɛpublika de an'ɡɔla",
			'Mexicanos',
			'Portuguesa',
			'남한',
			'남조선',
			'Timor',
		]) {
			expect(kept.has(name), name).toBe(false);
		}
	});

	it('drops no name i18n-iso-countries gives any country in English, French or Spanish', () => {
		const iso = worldCountries.map((world) => ({
			alpha2: world.cca2,
			demonyms: demonymsOf(world),
			names: ['en', 'fr', 'es'].flatMap(
				(locale) => isoCountries.getNames(locale, { select: 'all' })[world.cca2] ?? [],
			),
		}));
		expect(iso.flatMap((country) => screenAltNames(country, country.names).dropped)).toEqual([]);
	});

	it('drops a demonym unless it is also a name of the country', () => {
		const mexico = { alpha2: 'MX', demonyms: ['Mexican', 'Mexicaine'] };
		expect(screenAltNames(mexico, ['Mexican', 'México']).dropped).toEqual([
			expect.objectContaining({ name: 'Mexican', rule: 'demonym' }),
		]);
		const switzerland = worldCountries.find((world) => world.cca2 === 'CH');
		expect(switzerland && demonymsOf(switzerland)).not.toContain('Suisse');
	});

	it('keeps romanisations written with modifier letters, which are spellings', () => {
		const kept = screenAltNames({ alpha2: 'ET', demonyms: [] }, ['ʾĪtyōṗṗyā', 'ʁɛpublika']).kept;
		expect(kept).toEqual(['ʾĪtyōṗṗyā']);
	});
});
