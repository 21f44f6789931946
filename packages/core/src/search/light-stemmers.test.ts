import { describe, expect, it } from 'vitest';
import { frenchLightStem, spanishLightStem } from './light-stemmers.js';

describe('frenchLightStem', () => {
	it.each([
		['nationales', 'national'],
		['nationaux', 'national'],
		['frontières', 'frontièr'],
		['frontière', 'frontièr'],
		['traites', 'trait'],
		['personnes', 'person'],
	])('takes the endings off %s: %s', (word, stem) => {
		expect(frenchLightStem(word)).toBe(stem);
	});

	it('keeps a word of five letters or fewer, and the suffixes that make other words', () => {
		expect(frenchLightStem('fonds')).toBe('fonds');
		expect(frenchLightStem('santé')).toBe('santé');
		expect(frenchLightStem('traitement')).toBe('traitement');
	});
});

describe('spanishLightStem', () => {
	it.each([
		['políticas', 'politic'],
		['política', 'politic'],
		['trabajadores', 'trabajador'],
		['migrantes', 'migrant'],
		['luces', 'luz'],
		['intereses', 'interes'],
	])('takes the endings off %s: %s', (word, stem) => {
		expect(spanishLightStem(word)).toBe(stem);
	});

	it('keeps a word of four letters or fewer, and the suffixes that make other words', () => {
		expect(spanishLightStem('datos')).toBe('dat');
		expect(spanishLightStem('dato')).toBe('dato');
		expect(spanishLightStem('tratamiento')).toBe('tratamient');
		expect(spanishLightStem('trata')).toBe('trat');
	});
});
