import { describe, expect, it } from 'vitest';
import { analyzerFor, tokenize } from './analysis.js';

const terms = (text: string, locale: 'en' | 'fr' | 'es' = 'en') =>
	tokenize(text).flatMap((word) => analyzerFor(locale).forms(word));

describe('analysis', () => {
	it('makes covid19, covid-19 and COVID 19 the same terms', () => {
		expect(terms('covid19')).toEqual(terms('covid-19'));
		expect(terms('COVID 19')).toEqual(terms('covid-19'));
	});

	it('keeps a target number whole', () => {
		expect(terms('Target 10.7')).toEqual(['target', '10.7']);
	});

	it('drops the stop words of the reader’s language and of English', () => {
		expect(terms('women and youth')).toEqual(terms('women youth'));
		expect(terms('trata de personas', 'es')).toEqual(terms('trata personas', 'es'));
		expect(terms('traite des personnes', 'fr')).toEqual(terms('traite personnes', 'fr'));
		// "de" is no English stop word, but a lone letter is nothing to search for
		expect(terms('Cote d Ivoire')).toEqual(terms('Cote Ivoire'));
	});

	it('drops French elision', () => {
		expect(terms('l’intégration', 'fr')).toEqual(terms('intégration', 'fr'));
		expect(terms("d'Ivoire")).toEqual(terms('Ivoire'));
	});

	it('folds case and accents and stems in the reader’s language and English', () => {
		expect(terms('Santé', 'fr')).toEqual(terms('sante', 'fr'));
		expect(terms('Données', 'fr')).toEqual(terms('donnees', 'fr'));
		expect(terms('nationales', 'fr')).toContain('fr:national');
		expect(terms('personas', 'es')).toContain('es:person');
		expect(terms('persons')).toContain('person');
		expect(terms('recruiting')).toEqual(expect.arrayContaining(terms('recruitment').slice(1)));
	});

	it('stems French and Spanish words by their endings only, never a suffix that makes another word (rounds 13 and 14)', () => {
		// a query word's terms, and a text's words' in the language it is written in
		const shareATerm = (
			query: string,
			text: string,
			locale: 'fr' | 'es',
			language: 'en' | 'fr' | 'es' = locale,
		) =>
			terms(query, locale).some((term) =>
				tokenize(text)
					.flatMap((word) => analyzerFor(locale, language).forms(word))
					.includes(term),
			);
		expect(shareATerm('fonds', 'fondées', 'fr')).toBe(false);
		expect(shareATerm('fonds', 'fondé', 'fr')).toBe(false);
		expect(shareATerm('traite', 'traitement', 'fr')).toBe(false);
		expect(shareATerm('trata', 'tratamiento', 'es')).toBe(false);
		// nor an English word of the booklet: "done" is not « dons », "policy" not « police »
		expect(shareATerm('dons', 'done', 'fr', 'en')).toBe(false);
		expect(shareATerm('données', 'done', 'fr', 'en')).toBe(false);
		expect(shareATerm('police', 'policy', 'fr', 'en')).toBe(false);
		expect(shareATerm('campo', 'camps', 'es', 'en')).toBe(false);
		expect(shareATerm('personnes', 'personal', 'fr', 'en')).toBe(false);
		// while its own forms match, and an English query word the booklet's English
		expect(shareATerm('nationales', 'nationale', 'fr')).toBe(true);
		expect(shareATerm('nationaux', 'nationale', 'fr')).toBe(true);
		expect(shareATerm('travailleuses', 'travailleuse', 'fr')).toBe(true);
		expect(shareATerm('fronteras', 'frontera', 'es')).toBe(true);
		expect(shareATerm('políticas', 'politica', 'es')).toBe(true);
		expect(shareATerm('trabajadores', 'trabajadora', 'es')).toBe(true);
		expect(shareATerm('migrants', 'migrant', 'fr', 'en')).toBe(true);
	});

	it('keeps unrelated English words apart (Porter2, not Porter)', () => {
		for (const [word, other] of [
			['general', 'generation'],
			['community', 'communication'],
			['migrant', 'migration'],
		] as const) {
			expect(terms(word)[1], `${word} / ${other}`).not.toBe(terms(other)[1]);
		}
	});
});
