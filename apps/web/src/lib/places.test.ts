/**
 * The grammar table: every message that takes a place name, with every government and M49 area, in
 * every translated locale (French and Spanish), read for the mistakes of pasting a name into a template ("de Albanie", "sur
 * Kazakhstan", "de le", "à les") and for a plural after 1.
 */
import { readFileSync } from 'node:fs';
import {
	countries,
	governmentPlace,
	governments,
	m49Areas,
	type Place,
	regionPlace,
	TRANSLATED_LOCALES,
	type TranslatedLocale,
} from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages';
import { articleOf, place } from './places';

type Render = (inputs: object, options: { locale: string }) => string;
type Locale = TranslatedLocale;
/** the inputs that name a place */
const PLACE_INPUTS = ['name', 'region', 'country', 'subregion'];

const english: Record<string, unknown> = JSON.parse(
	readFileSync(new URL('../../messages/en.json', import.meta.url), 'utf8'),
);
const placeMessages = Object.keys(english).filter((key) =>
	PLACE_INPUTS.some((input) => JSON.stringify(english[key]).includes(`{${input}}`)),
);

/** messages a page calls only for two or more: `map_cluster_one` says "1 autorité locale" */
const ONLY_MANY = new Set(['map_cluster_zoom', 'map_cluster_page']);

const places = (locale: Locale): Place[] => [
	...governments.map((government) => governmentPlace(government, { locale })),
	...m49Areas().map((area) => regionPlace(area.code, { locale })),
];

/** what a sentence must not say, whichever place it names */
const MISTAKES: Record<Locale, RegExp[]> = {
	fr: [
		/(?<!\p{L})[dD]e [AEIOUYÂÉÈÊÎÔÛaeiouyâéèêîôû]/u, // "de Albanie", "de Éthiopie": no elision
		/(?<!\p{L})[dD]e (?:le|les)(?!\p{L})/u,
		/(?<!\p{L})[àÀ] (?:le|les)(?!\p{L})/u,
		/(?<!\p{L})1 (?:autorités|histoires|gouvernements|nationales|locales|participants)(?!\p{L})/u,
	],
	es: [
		/(?<!\p{L})[dD]e el(?!\p{L})/u,
		/(?<!\p{L})[aA] el(?!\p{L})/u,
		/(?<!\p{L})1 (?:autoridades|historias|gobiernos|nacionales|locales|participantes|países)(?!\p{L})/u,
	],
};
/** words after which a name that takes an article must have it: "sur le Kazakhstan", never "sur Kazakhstan" */
const BEFORE_ARTICLE: Record<Locale, RegExp> = {
	fr: /(?<!\p{L})(?:de|à|sur|en|dans|pour|par|situant|signale|Comment)\s$/u,
	es: /(?<!\p{L})(?:de|a|en|sobre|señala|aprovechó|Cómo)\s$/u,
};

/**
 * An input of a place message: the place under test, except where the message names two places —
 * then `name` is a local authority in the `country` under test, and `subregion` a sub-region.
 */
function inputOf(key: string, input: string, at: Place, locale: Locale, count: number): unknown {
	const takesCountry = JSON.stringify(english[key]).includes('{country}');
	const [kind, article] = input.endsWith('Article') ? [input.slice(0, -7), true] : [input, false];
	if (!PLACE_INPUTS.includes(kind)) return count;
	const shown =
		kind === 'subregion'
			? [regionPlace('039', { locale }), regionPlace('054', { locale })].find(
					(area) => !area.name.includes(at.name),
				)
			: kind === 'name' && takesCountry
				? { name: 'São Paulo', article: 'none' }
				: at;
	if (!shown) throw new Error(`no sub-region apart from ${at.name}`);
	return article ? shown.article : shown.name;
}

function mistakesIn(text: string, at: Place, locale: Locale): string[] {
	const found = MISTAKES[locale].filter((mistake) => mistake.test(text)).map(String);
	if (at.article !== 'none' && at.article !== 'elision') {
		for (let index = text.indexOf(at.name); index >= 0; index = text.indexOf(at.name, index + 1))
			if (BEFORE_ARTICLE[locale].test(text.slice(0, index)))
				found.push(`no article before ${at.name}`);
	}
	return found;
}

describe('places in sentences', () => {
	it('knows which messages take a place', () => {
		expect(placeMessages).toContain('read_the_story_of');
		expect(placeMessages).toContain('map_cluster_zoom');
		expect(placeMessages.length).toBeGreaterThan(40);
	});

	it('gives each shown name its article', () => {
		expect(place('name', 'Kazakhstan').nameArticle).toBe('none'); // an English page
		expect(articleOf('Kazakhstan', 'fr')).toBe('le');
		expect(articleOf('Albanie', 'fr')).toBe('l');
		expect(articleOf('Canadá', 'es')).toBe('el');
		expect(articleOf('Afrique', 'fr')).toBe('l');
		expect(articleOf('São Paulo', 'fr')).toBe('none');
	});

	for (const locale of TRANSLATED_LOCALES) {
		it(`reads every place message with every government and area in ${locale}: ${placeMessages.length} messages × ${places(locale).length} places`, () => {
			const functions = compiled as unknown as Record<string, Render>;
			const problems: string[] = [];
			for (const key of placeMessages) {
				const render = functions[key];
				if (!render) throw new Error(`${key} is not compiled`);
				for (const at of places(locale)) {
					for (const count of ONLY_MANY.has(key) ? [2] : [1, 2]) {
						const inputs = new Proxy(
							{},
							{ get: (_, input: string) => inputOf(key, input, at, locale, count) },
						);
						const text = render(inputs, { locale });
						for (const problem of mistakesIn(text, at, locale))
							problems.push(`${key} (${at.name}, ${count}): "${text}" — ${problem}`);
					}
				}
			}
			expect(problems).toEqual([]);
		});
	}

	it('writes the examples of the issue as IOM’s editors would', () => {
		const inFrench = (name: string) => ({ name, nameArticle: articleOf(name, 'fr') });
		expect(compiled.read_the_story_of(inFrench('Albanie'), { locale: 'fr' })).toBe(' de l’Albanie');
		expect(compiled.read_the_story_of(inFrench('Éthiopie'), { locale: 'fr' })).toBe(
			' de l’Éthiopie',
		);
		expect(compiled.more_about(inFrench('Kazakhstan'), { locale: 'fr' })).toBe(
			'En savoir plus sur le Kazakhstan',
		);
		expect(compiled.gov_country_page(inFrench('Canada'), { locale: 'fr' })).toBe(
			'la page consacrée au Canada',
		);
		expect(compiled.map_cluster_zoom({ ...inFrench('Afrique'), count: 9 }, { locale: 'fr' })).toBe(
			'9 autorités locales de l’Afrique ont participé\u202f: zoomer sur l’Afrique',
		);
		expect(compiled.home_stat_levels({ national: 18, local: 1 }, { locale: 'fr' })).toBe(
			'18 nationales, 1 locale',
		);
		expect(compiled.home_stat_levels({ national: 18, local: 1 }, { locale: 'es' })).toBe(
			'18 nacionales, 1 local',
		);
		expect(
			compiled.more_about(
				{ name: 'Canadá', nameArticle: articleOf('Canadá', 'es') },
				{ locale: 'es' },
			),
		).toBe('Más sobre el Canadá');
	});

	it('names a participating country with the same article on every page', () => {
		for (const country of countries)
			expect(articleOf(governmentPlace(country, { locale: 'fr' }).name, 'fr')).toBe(
				governmentPlace(country, { locale: 'fr' }).article,
			);
	});
});
