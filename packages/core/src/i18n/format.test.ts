import { describe, expect, it } from 'vitest';
import { englishSentences } from '../generated/catalogue-sentences.js';
import { translatedSentences } from '../generated/catalogue-translations.js';
import { formatList, formatMessage } from './format.js';
import { inFigures } from './in-figures.js';

const en = { locale: 'en', sentences: englishSentences } as const;
const fr = { locale: 'fr', sentences: translatedSentences.fr } as const;
const es = { locale: 'es', sentences: translatedSentences.es } as const;

describe('formatMessage', () => {
	it('chooses the plural form by Intl.PluralRules', () => {
		expect(formatMessage(en, 'levels.local-authorities', { count: 1 })).toBe('1 local authority');
		expect(formatMessage(fr, 'levels.local-authorities', { count: 1 })).toBe('une autorité locale');
		expect(formatMessage(fr, 'levels.local-authorities', { count: 29 })).toBe(
			'29 autorités locales',
		);
		expect(formatMessage(es, 'levels.local-authorities', { count: 0 })).toBe(
			'cero autoridades locales',
		);
		// French "one" covers 0 and 1
		expect(formatMessage(fr, 'levels.local-authorities', { count: 0 })).toBe(
			'zéro autorité locale',
		);
	});

	it('writes zero to nine in words in the gender of what is counted, ten and more in figures', () => {
		expect(formatMessage(fr, 'levels.countries', { count: 1 })).toBe('un pays');
		expect(formatMessage(fr, 'levels.local-authorities', { count: 4 })).toBe(
			'quatre autorités locales',
		);
		expect(formatMessage(es, 'levels.countries', { count: 1 })).toBe('un país');
		expect(formatMessage(es, 'levels.local-authorities', { count: 1 })).toBe('una autoridad local');
		expect(formatMessage(fr, 'levels.countries', { count: 13 })).toBe('13 pays');
		expect(formatMessage(en, 'levels.countries', { count: 4 })).toBe('4 countries');
	});

	it('writes a small count in figures in a series with a count from ten on (round 7)', () => {
		expect(formatMessage(fr, 'levels.local-authorities', { count: 4 }, { figures: true })).toBe(
			'4 autorités locales',
		);
		expect(
			formatMessage(es, 'levels.countries', { count: 1 }, { figures: inFigures([84, 1]) }),
		).toBe('1 país');
	});

	it('chooses the "=0" form for none before the plural category (French "one" covers 0)', () => {
		const params = { present: 5, total: 5, summary: 'Afrique 32' };
		expect(formatMessage(fr, 'regions.countries', { ...params, missing: 0 })).toBe(
			'Les pays participants se trouvent dans chacune des 5 régions M49 des Nations Unies (Afrique 32).',
		);
		expect(formatMessage(fr, 'regions.countries', { ...params, present: 4, missing: 1 })).toBe(
			'Les pays participants se trouvent dans 4 des 5 régions M49 des Nations Unies (Afrique 32).',
		);
	});

	it('falls back to the "other" form for a category the catalogue does not spell (French "many")', () => {
		expect(formatMessage(fr, 'levels.countries', { count: 1_000_000 })).toBe(
			`${new Intl.NumberFormat('fr').format(1_000_000)} pays`,
		);
	});

	it('formats numbers for the locale, and leaves strings (years) alone', () => {
		expect(formatMessage(fr, 'levels.countries', { count: 1234 })).toBe(
			`${new Intl.NumberFormat('fr').format(1234)} pays`,
		);
		expect(formatMessage(en, 'levels.countries', { count: 1234 })).toBe('1,234 countries');
		expect(
			formatMessage(fr, 'anniversary.on-eve', {
				launch: '2016',
				anniversary: '2021',
				published: '2021',
			}),
		).toContain('Lancés en 2016, les IGM');
	});

	it('fails on a missing parameter instead of printing a placeholder', () => {
		expect(() => formatMessage(es, 'regions.tally', { region: 'Asia' })).toThrow(
			'regions.tally: no value for {count}',
		);
	});
});

describe('formatList', () => {
	it('joins items, or says none, in the locale', () => {
		expect(formatList(fr, ['Fidji', 'Tuvalu'])).toBe('Fidji, Tuvalu');
		expect(formatList(es, [])).toBe('ninguno');
		expect(formatList(en, [])).toBe('none');
	});
});
