import { describe, expect, it } from 'vitest';
import { quotedParts } from './quotations';

describe('quotedParts', () => {
	it('marks the booklet’s words quoted in a French sentence as English', () => {
		expect(
			quotedParts('Qu’elles montrent «\u202fthe full range\u202f» ne peut pas être vérifié.'),
		).toEqual([
			{ text: 'Qu’elles montrent «\u202f' },
			{ text: 'the full range', lang: 'en' },
			{ text: '\u202f» ne peut pas être vérifié.' },
		]);
	});

	it('marks Spanish and English quotation marks alike', () => {
		expect(quotedParts('Que muestren “the full range” no puede verificarse.')[1]).toEqual({
			text: 'the full range',
			lang: 'en',
		});
	});

	it('knows a heading the booklet prints in capitals', () => {
		expect(quotedParts('94 (section «\u202fForeword\u202f»)')[1]).toEqual({
			text: 'Foreword',
			lang: 'en',
		});
	});

	it('leaves a quotation that is not the booklet’s in the sentence’s language', () => {
		expect(quotedParts('classées dans le thème «\u202fSanté\u202f»')).toEqual([
			{ text: 'classées dans le thème «\u202fSanté\u202f»' },
		]);
	});

	it('gives a sentence without quotations whole', () => {
		expect(quotedParts('La brochure indique 2016.')).toEqual([
			{ text: 'La brochure indique 2016.' },
		]);
	});

	it('marks the facts it is given as English where the sentence gives them unquoted', () => {
		expect(
			quotedParts(
				'Consigné tel que la brochure l’indique\u202f: António Vitorino, IOM Director General.',
				['António Vitorino', 'IOM Director General'],
			),
		).toEqual([
			{ text: 'Consigné tel que la brochure l’indique\u202f: ' },
			{ text: 'António Vitorino', lang: 'en' },
			{ text: ', ' },
			{ text: 'IOM Director General', lang: 'en' },
			{ text: '.' },
		]);
	});

	it('marks the booklet’s English words a French rule of the vocabulary quotes', () => {
		expect(
			quotedParts('y compris les résultats en cours («\u202fis leading to\u202f»)').find(
				(part) => part.lang === 'en',
			),
		).toEqual({ text: 'is leading to', lang: 'en' });
	});

	it('matches the booklet’s words whole: « Tema » and « Institution » are our labels, not part of "system" or "institutional"', () => {
		expect(quotedParts('el tema “Tema”').every((part) => part.lang === undefined)).toBe(true);
		expect(
			quotedParts('le résultat «\u202fInstitution\u202f»').every((part) => part.lang === undefined),
		).toBe(true);
	});

	it('keeps in English the words a translation quotes as its English original does', () => {
		const original = 'the MGI itself used as "a source of data" to report';
		const french =
			'les IGM eux-mêmes, utilisés comme «\u202fa source of data\u202f» pour rendre compte';
		expect(quotedParts(french, [], original).find((part) => part.lang === 'en')).toEqual({
			text: 'a source of data',
			lang: 'en',
		});
		// not the booklet's words: without the original, a quotation stays in the sentence's language
		expect(quotedParts(french).some((part) => part.lang === 'en')).toBe(false);
		// an English sentence is its own original: nothing in it is marked apart
		expect(quotedParts(original, [], original)).toEqual([{ text: original }]);
	});
});
