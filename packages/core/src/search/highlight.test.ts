import { describe, expect, it } from 'vitest';
import { highlight, markPhrases } from './highlight.js';

describe('highlight', () => {
	it('marks words in the reader’s language', () => {
		expect(
			highlight({
				text: 'Les politiques nationales des migrants',
				terms: ['fr:national'],
				locale: 'fr',
			}).filter((segment) => segment.highlight),
		).toEqual([{ text: 'nationales', highlight: true }]);
	});

	it('stems a text in its own language only, where it is in one', () => {
		// the Spanish stem of “campo” is `es:camp`: an English text's "camps" (stem `camp`) is not its plural
		const marked = (language?: 'en') =>
			highlight({
				text: 'living in camps',
				terms: ['es:camp'],
				locale: 'es',
				...(language ? { language } : {}),
			}).some((segment) => segment.highlight);
		expect(marked('en')).toBe(false);
		expect(
			highlight({ text: 'living in camps', terms: ['camp'], locale: 'es', language: 'en' }).some(
				(segment) => segment.highlight,
			),
		).toBe(true);
	});

	it('marks words whose normalized form was matched', () => {
		expect(highlight({ text: 'In São Paulo, Brazil', terms: ['sao'] })).toEqual([
			{ text: 'In ', highlight: false },
			{ text: 'São', highlight: true },
			{ text: ' Paulo, Brazil', highlight: false },
		]);
	});

	it('marks every form of a matched stem, and no other word', () => {
		const segments = highlight({
			text: 'Ethical recruitment, recruiting agencies and recreation',
			terms: ['recruit'],
		});
		expect(segments.filter((segment) => segment.highlight).map((s) => s.text)).toEqual([
			'recruitment',
			'recruiting',
		]);
	});

	it('trims long text to a window around the first match', () => {
		const text = Array.from({ length: 100 }, (_, at) => `${at}`).join(' ');
		const segments = highlight({ text, terms: ['60'], maxWords: 10 });
		const joined = segments.map((segment) => segment.text).join('');
		expect(joined.startsWith('…57')).toBe(true);
		expect(joined.endsWith('66…')).toBe(true);
		expect(segments.find((segment) => segment.highlight)?.text).toBe('60');
	});
});

describe('markPhrases', () => {
	it('marks every occurrence of each phrase', () => {
		expect(markPhrases({ text: 'data and more data', phrases: ['data'] })).toEqual([
			{ text: 'data', highlight: true },
			{ text: ' and more ', highlight: false },
			{ text: 'data', highlight: true },
		]);
	});

	it('merges overlapping phrases', () => {
		expect(
			markPhrases({
				text: 'national migration policy',
				phrases: ['national migration', 'migration policy'],
			}),
		).toEqual([{ text: 'national migration policy', highlight: true }]);
	});
});
