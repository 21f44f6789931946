/**
 * The grammar table: every message that takes a place name, with every government and M49 area, in
 * every locale (English's "the Gambia" too), read for the mistakes of pasting a name into a template ("de Albanie", "sur
 * Kazakhstan", "de le", "à les") and for a plural after 1.
 */
import { readFileSync } from 'node:fs';
import {
	countries,
	governmentName,
	governmentPlace,
	governments,
	LOCALES,
	type Locale,
	m49Areas,
	type Place,
	type PlaceArticle,
	regionName,
	regionPlace,
} from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { inWords } from './i18n';
import { afterLabel, areaPlace, articleOf, place } from './places';

/** the map description's counts as its running text writes them */
const mapCounts = (
	countries: number,
	withStory: number,
	localAuthorities: number,
	locale: Locale,
) => ({
	countriesText: inWords(countries, 'masculine', locale),
	withStoryText: inWords(withStory, 'masculine', locale),
	localAuthoritiesText: inWords(localAuthorities, 'feminine', locale),
});

type Render = (inputs: object, options: { locale: string }) => string;
/** the inputs that name a place */
const PLACE_INPUTS = ['name', 'region', 'country', 'subregion'];

const english: Record<string, unknown> = JSON.parse(
	readFileSync(new URL('../../messages/en.json', import.meta.url), 'utf8'),
);
const placeMessages = Object.keys(english).filter((key) =>
	PLACE_INPUTS.some((input) => JSON.stringify(english[key]).includes(`{${input}}`)),
);

/**
 * the messages an English page gives a government's name: English regions take no article, so the
 * ones that name only a region ("Stories from {region}", the region card's `{name}`) never meet "the"
 */
const englishPlaceMessages = placeMessages.filter(
	(key) => key !== 'og_alt_region' && /\{(?:name|country)\}/.test(JSON.stringify(english[key])),
);
const messagesIn = (locale: Locale) => (locale === 'en' ? englishPlaceMessages : placeMessages);

/** messages a page calls only for two or more: `map_cluster_one` says "1 autorité locale" */
const ONLY_MANY = new Set(['map_cluster_zoom', 'map_cluster_page', 'map_story_cluster']);
/** the world map's clusters name a region, a region map's a country */
const ONLY_REGIONS = new Set(['map_cluster_zoom', 'map_story_cluster']);
const ONLY_COUNTRIES = new Set(['map_cluster_page']);

const areaNames = (locale: Locale) =>
	new Set(m49Areas().map((area) => regionPlace(area.code, { locale }).name));
/**
 * What a French cluster says of a place's local authorities or stories: a region without its article
 * (« d’Afrique », round 3), a country with UNTERM's (« de l’Équateur », round 4).
 */
function frenchClusterMistakes(text: string, at: Place, isArea: boolean): string[] {
	const owned = /(?<!\p{L})(?:autorités? locales?|histoires de réussite) (de l’|d’)/u.exec(text);
	if (!owned) return [];
	if (isArea && owned[1] === 'de l’') return [`« de l’${at.name} » for a region`];
	if (!isArea && at.article === 'l' && owned[1] === 'd’') return [`« d’${at.name} » for a country`];
	return [];
}

const places = (locale: Locale): Place[] => [
	...governments.map((government) => governmentPlace(government, { locale })),
	...m49Areas().map((area) => regionPlace(area.code, { locale })),
];

/** what a sentence must not say, whichever place it names */
const MISTAKES: Record<Locale, RegExp[]> = {
	en: [/(?<!\p{L})[Tt]he the(?!\p{L})/u],
	fr: [
		/(?<!\p{L})[dD]e [AEIOUYÂÉÈÊÎÔÛaeiouyâéèêîôû]/u, // "de Albanie", "de Éthiopie": no elision
		/(?<!\p{L})[dD]e (?:le|les)(?!\p{L})/u,
		/(?<!\p{L})[àÀ] (?:le|les)(?!\p{L})/u,
		/(?<!\p{L})1 (?:autorités|histoires|gouvernements|nationales|locales|participants)(?!\p{L})/u,
		/(?<!\p{L})région \p{Lu}/u, // « la région Amériques »: a calque, « la région des Amériques »
	],
	es: [
		/(?<!\p{L})[dD]e el(?!\p{L})/u,
		/(?<!\p{L})[aA] el(?!\p{L})/u,
		/(?<!\p{L})1 (?:autoridades|historias|gobiernos|nacionales|locales|participantes|países)(?!\p{L})/u,
		/(?<!\p{L})región \p{Lu}/u, // « la región Américas »: a calque, « la región de las Américas »
	],
};
/** words after which a name that takes an article must have it: "sur le Kazakhstan", never "sur Kazakhstan" */
const BEFORE_ARTICLE: Record<Locale, RegExp> = {
	en: /(?<!\p{L})(?:of|in|into|about|locating|shades|How|;)\s$/u,
	fr: /(?<!\p{L})(?:de|à|sur|dans|pour|par|situant|signale|Comment)\s$/u,
	es: /(?<!\p{L})(?:de|a|en|sobre|señala|aprovechó|aprovecharon|Cómo)\s$/u,
};
/**
 * a verb or possessive in the singular with a plural name as its subject: "Les Philippines a
 * participé", "à son sujet", "Las Comoras participó", "Cómo aprovechó las Comoras"
 */
const SINGULAR_AFTER_PLURAL: Record<
	Locale,
	{ after: RegExp; before?: RegExp; possessive?: RegExp }
> = {
	// English has no plural article: "the Philippines took part"
	en: { after: /(?!)/u },
	fr: {
		after: /^ (?:a|est) /u,
		possessive: /(?<!\p{L})(?:son|sa|ses) (?:sujet|usage|autorités|localisation)(?!\p{L})/u,
	},
	es: {
		after: /^ (?:participó|aprovechó)(?!\p{L})/u,
		before: /(?<!\p{L})aprovechó (?:los|las) $/u,
	},
};
/** a plural article that makes the name the subject ("Les Philippines ont", not "des Philippines", "de las Comoras") */
const SUBJECT_ARTICLE: Record<Locale, RegExp> = {
	en: /(?!)/u,
	fr: /(?<!\p{L})[Ll]es $/u,
	es: /(?<!(?:de|en|a|sobre) )(?<!\p{L})[Ll](?:os|as) $/u,
};
const PLURAL_ARTICLES = new Set(['les', 'los', 'las']);
/** French says where with « en » and no article before a feminine or elided name (« en Équateur »), never before le or les (« au Brésil ») */
const FRENCH_EN = /(?<!\p{L})en\s$/u;

/**
 * An input of a place message: the place under test, except where the message names two places —
 * then `name` is a local authority in the `country` under test, and `subregion` a sub-region.
 */
function inputOf(key: string, input: string, at: Place, locale: Locale, count: number): unknown {
	const takesCountry = JSON.stringify(english[key]).includes('{country}');
	if (input === 'nameKind') return areaNames(locale).has(at.name) ? 'region' : 'country';
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
	if (PLURAL_ARTICLES.has(at.article)) {
		const { after, before, possessive } = SINGULAR_AFTER_PLURAL[locale];
		const subject = `${at.article[0]?.toUpperCase()}${at.article.slice(1)} ${at.name}`;
		for (let index = text.indexOf(at.name); index >= 0; index = text.indexOf(at.name, index + 1))
			if (
				(SUBJECT_ARTICLE[locale].test(text.slice(0, index)) &&
					after.test(text.slice(index + at.name.length))) ||
				before?.test(text.slice(0, index))
			)
				found.push(`a singular verb for ${at.name}`);
		if (text.startsWith(subject) && possessive?.test(text))
			found.push(`a singular possessive for ${at.name}`);
	}
	if (at.article !== 'none' && at.article !== 'elision') {
		for (let index = text.indexOf(at.name); index >= 0; index = text.indexOf(at.name, index + 1))
			if (
				BEFORE_ARTICLE[locale].test(text.slice(0, index)) ||
				(locale === 'fr' &&
					(at.article === 'le' || at.article === 'les') &&
					FRENCH_EN.test(text.slice(0, index)))
			)
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

	for (const locale of LOCALES) {
		it(`reads every place message with every government and area in ${locale}: ${messagesIn(locale).length} messages × ${places(locale).length} places`, () => {
			const functions = compiled as unknown as Record<string, Render>;
			const problems: string[] = [];
			for (const key of messagesIn(locale)) {
				const render = functions[key];
				if (!render) throw new Error(`${key} is not compiled`);
				const areas = areaNames(locale);
				for (const at of places(locale)) {
					if (ONLY_REGIONS.has(key) && !areas.has(at.name)) continue;
					if (ONLY_COUNTRIES.has(key) && areas.has(at.name)) continue;
					for (const count of ONLY_MANY.has(key) ? [2] : [1, 2]) {
						const inputs = new Proxy(
							{},
							{ get: (_, input: string) => inputOf(key, input, at, locale, count) },
						);
						const text = render(inputs, { locale });
						const clusterMistakes =
							locale === 'fr' ? frenchClusterMistakes(text, at, areas.has(at.name)) : [];
						for (const problem of [...mistakesIn(text, at, locale), ...clusterMistakes])
							problems.push(`${key} (${at.name}, ${count}): "${text}" — ${problem}`);
					}
				}
			}
			expect(problems).toEqual([]);
		});
	}

	it('names every sub-region in the map’s label as a sentence takes it: « de l’Amérique latine et des Caraïbes » (round 5)', () => {
		const subregionCodes = [...new Set(countries.map((country) => country.subregionCode))];
		const labels = (locale: Locale) => {
			overwriteGetLocale(() => locale);
			try {
				return subregionCodes.map((code) =>
					compiled.gov_map_label(
						{
							...place('name', 'São Paulo'),
							...areaPlace('subregion', regionName(code, { locale })),
						},
						{ locale },
					),
				);
			} finally {
				overwriteGetLocale(() => 'en');
			}
		};
		const french = labels('fr');
		expect(french).toContainEqual(
			expect.stringMatching(/dans la sous-région de l’Amérique latine et des Caraïbes$/),
		);
		expect(french).toContainEqual(
			expect.stringMatching(/dans la sous-région de l’Europe méridionale$/),
		);
		// a name joined to another by « et » without its article: « de l’Amérique latine et Caraïbes »
		expect(french.filter((label) => / et \p{Lu}/u.test(label))).toEqual([]);
		expect(labels('es')).toContainEqual(expect.stringMatching(/, en América Latina y el Caribe$/));
		expect(labels('en')).toContainEqual(
			expect.stringMatching(/, in Latin America and the Caribbean$/),
		);
	});

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
		expect(
			compiled.map_cluster_zoom({ ...inFrench('Afrique'), countText: 'neuf' }, { locale: 'fr' }),
		).toBe(
			'Les neuf autorités locales participantes d’Afrique\u202f: agrandir la carte sur l’Afrique',
		);
		expect(
			compiled.map_cluster_zoom({ ...inFrench('Europe'), countText: 'deux' }, { locale: 'fr' }),
		).toBe(
			'Les deux autorités locales participantes d’Europe\u202f: agrandir la carte sur l’Europe',
		);
		expect(
			compiled.map_cluster_zoom({ ...inFrench('Amériques'), countText: '20' }, { locale: 'fr' }),
		).toBe(
			'Les 20 autorités locales participantes des Amériques\u202f: agrandir la carte sur les Amériques',
		);
		expect(
			compiled.map_cluster_zoom(
				{ name: 'África', nameArticle: articleOf('África', 'es'), countText: 'nueve' },
				{ locale: 'es' },
			),
		).toBe('Las nueve autoridades locales participantes de África: acercar el mapa a África');
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

	it('names a region « de la région des Amériques », never « de la région Amériques » (round 3)', () => {
		const region = (name: string, locale: 'fr' | 'es') => ({
			region: name,
			regionArticle: articleOf(name, locale),
		});
		expect(compiled.region_stories(region('Amériques', 'fr'), { locale: 'fr' })).toBe(
			'Histoires de la région des Amériques',
		);
		expect(compiled.region_stories(region('Afrique', 'fr'), { locale: 'fr' })).toBe(
			'Histoires de la région de l’Afrique',
		);
		expect(compiled.region_stories(region('Américas', 'es'), { locale: 'es' })).toBe(
			'Historias de la región de las Américas',
		);
		expect(compiled.region_stories(region('Europa', 'es'), { locale: 'es' })).toBe(
			'Historias de la región de Europa',
		);
		expect(
			compiled.map_story_cluster(
				{ name: 'Europe', nameArticle: 'l', countText: 'quatre' },
				{ locale: 'fr' },
			),
		).toBe('Les quatre histoires de réussite d’Europe\u202f: les lire');
		expect(
			compiled.map_cluster_page(
				{ name: 'Équateur', nameArticle: 'l', countText: 'trois' },
				{ locale: 'fr' },
			),
		).toBe(
			'Les trois autorités locales participantes de l’Équateur\u202f: voir la page consacrée à l’Équateur',
		);
		const one = (name: string, nameKind: 'region' | 'country') =>
			compiled.map_cluster_one(
				{ name, nameArticle: 'l', nameKind, only: 'Quito' },
				{ locale: 'fr' },
			);
		expect(one('Équateur', 'country')).toBe(
			'Une autorité locale de l’Équateur a participé\u202f: Quito',
		);
		expect(one('Océanie', 'region')).toBe('Une autorité locale d’Océanie a participé\u202f: Quito');
	});

	it('gives the English names UNTERM writes with "(the)" their article, capitalised at a sentence’s start', () => {
		const inEnglish = (name: string) => ({ name, nameArticle: articleOf(name, 'en') });
		expect(compiled.gov_how_used(inEnglish('Republic of Moldova'), { locale: 'en' })).toBe(
			'How the Republic of Moldova used the MGI',
		);
		expect(compiled.gov_local_heading({ ...inEnglish('Gambia'), count: 0 }, { locale: 'en' })).toBe(
			'Local authorities of the Gambia that took part',
		);
		expect(
			compiled.gov_local_heading({ name: 'Canada', nameArticle: 'le', count: 1 }, { locale: 'fr' }),
		).toBe('Autorité locale participante du Canada');
		expect(compiled.gov_how_used(inEnglish('Dominican Republic'), { locale: 'en' })).toBe(
			'How the Dominican Republic used the MGI',
		);
		expect(
			compiled.gov_no_story({ ...inEnglish('Gambia'), kind: 'country' }, { locale: 'en' }),
		).toMatch(/^The Gambia took part in the MGI;/);
		expect(compiled.gov_how_used(inEnglish('Albania'), { locale: 'en' })).toBe(
			'How Albania used the MGI',
		);
	});

	it('agrees the verb and the possessive with a plural name (les, los, las)', () => {
		const philippines = { name: 'Philippines', nameArticle: articleOf('Philippines', 'fr') };
		expect(compiled.gov_no_story({ ...philippines, kind: 'country' }, { locale: 'fr' })).toBe(
			'Les Philippines ont participé aux IGM\u202f; la brochure ne présente aucune histoire de réussite à leur sujet.',
		);
		expect(compiled.gov_how_used(philippines, { locale: 'fr' })).toBe(
			'Comment les Philippines ont utilisé les IGM',
		);
		const comoras = { name: 'Comoras', nameArticle: 'las' } as const;
		expect(compiled.gov_no_story({ ...comoras, kind: 'country' }, { locale: 'es' })).toBe(
			'Las Comoras participaron en los IGM; el folleto no presenta ninguna historia de éxito sobre ese país.',
		);
		expect(
			compiled.gov_no_story(
				{ name: 'Heredia', nameArticle: 'none', kind: 'local' },
				{ locale: 'es' },
			),
		).toBe(
			'Heredia participó en los IGM; el folleto no presenta ninguna historia de éxito sobre esa autoridad local.',
		);
		expect(compiled.gov_how_used(comoras, { locale: 'es' })).toBe(
			'Cómo aprovecharon las Comoras los IGM',
		);
		expect(
			compiled.gov_meta_country_story(
				{ ...philippines, count: 0, countText: 'zéro' },
				{ locale: 'fr' },
			),
		).toBe(
			'Les Philippines ont participé aux Indicateurs de gouvernance des migrations (IGM)\u202f: leur usage de l’évaluation, selon les termes de l’OIM, et leur localisation. La brochure ne recense aucune de leurs autorités locales.',
		);
	});

	it('says none where zero reads differently from a number', () => {
		expect(
			compiled.local_authorities_count({ count: 0, countText: 'zéro' }, { locale: 'fr' }),
		).toBe('aucune autorité locale recensée');
		expect(
			compiled.local_authorities_count({ count: 0, countText: 'cero' }, { locale: 'es' }),
		).toBe('ninguna autoridad local enumerada');
		expect(compiled.local_authorities_count({ count: 1, countText: 'une' }, { locale: 'fr' })).toBe(
			'une autorité locale',
		);
		const oceania = {
			countries: '4 pays',
			localAuthorities: 'aucune autorité locale',
			region: 'Océanie',
			regionArticle: articleOf('Océanie', 'fr'),
			from: 2016,
			to: 2021,
		};
		expect(compiled.region_lede({ ...oceania, localCount: 0 }, { locale: 'fr' })).toBe(
			'Dans la région de l’Océanie, 4 pays (et aucune autorité locale recensée par la brochure) ont participé entre 2016 et 2021.',
		);
		expect(compiled.region_lede({ ...oceania, localCount: 3 }, { locale: 'fr' })).toContain(
			'4 pays et aucune autorité locale ont',
		);
		expect(
			compiled.map_desc(
				{ ...mapCounts(4, 0, 0, 'fr'), countries: 4, withStory: 0, localAuthorities: 0 },
				{ locale: 'fr' },
			),
		).toMatch(
			/^Les quatre pays participants sont ombrés\u202f; aucun n’a d’histoire de réussite\u202f; la brochure n’y recense aucune autorité locale\./,
		);
		expect(
			compiled.map_desc(
				{ ...mapCounts(4, 0, 0, 'es'), countries: 4, withStory: 0, localAuthorities: 0 },
				{ locale: 'es' },
			),
		).toMatch(
			/ninguno tiene una historia de éxito; el folleto no enumera ninguna autoridad local allí\./,
		);
		expect(
			compiled.map_desc(
				{ ...mapCounts(84, 18, 29, 'fr'), countries: 84, withStory: 18, localAuthorities: 29 },
				{ locale: 'fr' },
			),
		).toContain('les 18 qui ont une histoire de réussite');
		expect(
			compiled.map_desc(
				{ ...mapCounts(4, 2, 0, 'fr'), countries: 4, withStory: 2, localAuthorities: 0 },
				{ locale: 'fr' },
			),
		).toContain('les deux qui ont une histoire de réussite');
		expect(
			compiled.gov_meta_country_no_story(
				{ name: 'Comoras', nameArticle: 'las', count: 0, countText: 'cero' },
				{ locale: 'es' },
			),
		).toBe(
			'Las Comoras participaron en los Indicadores de Gobernanza de la Migración (IGM): su ubicación. El folleto no presenta ninguna historia de éxito sobre ese país ni enumera ninguna de sus autoridades locales.',
		);
	});

	it('describes a country page for none, one or several participating local authorities', () => {
		const kazakhstan = { name: 'Kazakhstan', nameArticle: articleOf('Kazakhstan', 'fr') };
		type Country = { name: string; nameArticle: PlaceArticle };
		const story = (count: number, locale: Locale | 'en', inputs: Country = kazakhstan) =>
			compiled.gov_meta_country_story(
				{ ...inputs, count, countText: inWords(count, 'feminine', locale) },
				{ locale },
			);
		const english = (name: string): Country => ({ name, nameArticle: 'none' });
		expect(story(0, 'fr')).toContain(
			'son usage de l’évaluation, selon les termes de l’OIM, et sa localisation. La brochure ne recense aucune de ses autorités locales.',
		);
		expect(story(1, 'fr')).toContain('son autorité locale participante et sa localisation.');
		expect(story(4, 'fr')).toContain(
			'ses quatre autorités locales participantes et sa localisation.',
		);
		const canada = { name: 'Canadá', nameArticle: articleOf('Canadá', 'es') };
		expect(story(1, 'es', canada)).toBe(
			'El Canadá participó en los Indicadores de Gobernanza de la Migración (IGM): cómo aprovechó la evaluación, en palabras de la OIM, su autoridad local participante y su ubicación.',
		);
		expect(story(0, 'en', english('Kazakhstan'))).toBe(
			'Kazakhstan took part in the Migration Governance Indicators (MGI): how it used the assessment, in IOM’s words, and where it is. The booklet lists none of its local authorities.',
		);
		expect(story(1, 'en', english('Canada'))).toContain(
			'its participating local authority and where it is.',
		);
		for (const [locale, inputs] of [
			['fr', kazakhstan],
			['es', canada],
			['en', english('Canada')],
		] as const)
			for (const count of [0, 1, 3])
				for (const text of [
					story(count, locale, inputs),
					compiled.gov_meta_country_no_story(
						{ ...inputs, count, countText: inWords(count, 'feminine', locale) },
						{ locale },
					),
				])
					expect(text).not.toMatch(
						/\b[01] (?:autorités|autoridades|local authorities)|aucune autorité locale participante|ninguna autoridad local participante|no participating/,
					);
	});

	it('says whose story a country page tells when it is one of its local authorities’', () => {
		const brazil = (locale: Locale, name: string) =>
			compiled.gov_meta_country_local_story(
				{
					name,
					nameArticle: articleOf(name, locale),
					authority: 'São Paulo',
					count: 1,
					countText: inWords(1, 'feminine', locale),
				},
				{ locale },
			);
		expect(brazil('fr', 'Brésil')).toBe(
			'Le Brésil a participé aux Indicateurs de gouvernance des migrations (IGM)\u202f: sa localisation, et l’usage que son autorité locale participante, São Paulo, a fait de l’évaluation, selon les termes de l’OIM.',
		);
		expect(brazil('es', 'Brasil')).toBe(
			'El Brasil participó en los Indicadores de Gobernanza de la Migración (IGM): su ubicación, y cómo su autoridad local participante, São Paulo, aprovechó la evaluación, en palabras de la OIM.',
		);
		expect(brazil('en', 'Brazil')).toContain(
			'how its participating local authority, São Paulo, used',
		);
	});

	it('names the shaded country of a local authority with its article', () => {
		const inCountry = (country: string, locale: 'fr' | 'es') =>
			compiled.gov_map_caption_shaded(
				{ name: 'X', country, countryArticle: articleOf(country, locale) },
				{ locale },
			);
		expect(inCountry('Brésil', 'fr')).toBe('Un cercle signale X, au Brésil (pays ombré).');
		expect(inCountry('Équateur', 'fr')).toBe('Un cercle signale X, en Équateur (pays ombré).');
		expect(inCountry('Colombie', 'fr')).toBe('Un cercle signale X, en Colombie (pays ombré).');
		expect(inCountry('Brasil', 'es')).toBe('Un círculo señala X, en el Brasil (país sombreado).');
		expect(inCountry('Colombia', 'es')).toBe('Un círculo señala X, en Colombia (país sombreado).');
	});

	it('reads a name the UN inverts for lists uninverted in a sentence', () => {
		expect(
			compiled.gov_no_story(
				{ ...place('name', 'Bolivie (État plurinational de)'), kind: 'country' },
				{ locale: 'en' },
			),
		).toBe(
			'Bolivie (État plurinational de) took part in the MGI; the booklet tells no success story from it.',
		);
		const bolivia = {
			name: governmentPlace(
				countries.find((c) => c.alpha3 === 'BOL') as (typeof countries)[number],
				{ locale: 'fr' },
			).name,
			nameArticle: articleOf('Bolivie (État plurinational de)', 'fr'),
		};
		expect(compiled.gov_no_story({ ...bolivia, kind: 'country' }, { locale: 'fr' })).toMatch(
			/^L’État plurinational de Bolivie a participé aux IGM/,
		);
	});

	it('names a participating country with the same article on every page', () => {
		for (const country of countries)
			expect(articleOf(governmentName(country, { locale: 'fr' }), 'fr')).toBe(
				governmentPlace(country, { locale: 'fr' }).article,
			);
	});
});

describe('afterLabel', () => {
	it('goes on in lower case after a French or Spanish label and colon', () => {
		expect(afterLabel('Le nombre de pays qui ont participé aux IGM.', 'fr')).toBe(
			'le nombre de pays qui ont participé aux IGM.',
		);
		expect(afterLabel('Étiqueter une histoire…', 'fr')).toBe('étiqueter une histoire…');
		expect(afterLabel('El número de países.', 'es')).toBe('el número de países.');
	});

	it('keeps a name the data knows, a word in capitals, a quotation and English as they are', () => {
		expect(afterLabel('Tamaulipas figure dans la brochure.', 'fr')).toBe(
			'Tamaulipas figure dans la brochure.',
		);
		expect(afterLabel('IGM : les indicateurs.', 'fr')).toBe('IGM : les indicateurs.');
		expect(afterLabel('«\u202fMunicipal Plan\u202f»', 'fr')).toBe('«\u202fMunicipal Plan\u202f»');
		expect(afterLabel('The number of countries.', 'en')).toBe('The number of countries.');
	});
});
