import { describe, expect, it } from 'vitest';
import { vocabulary } from '../data.js';
import { LOCALES } from '../i18n/locale.js';
import { localizedVocabulary } from '../i18n/vocabulary.js';
import { facetLabel } from './facet-label.js';

/** how an error lists the locales: every one of the registry's, quoted */
const ALLOWED_LOCALES = LOCALES.map((locale) => `"${locale}"`).join(', ');

describe('facetLabel', () => {
	it('gives the vocabulary label of a facet value', () => {
		const topic = vocabulary.facets.find((facet) => facet.id === 'topic');
		const value = topic?.values.find((candidate) => candidate.id === 'trafficking');
		expect(facetLabel({ facet: 'topic', value: 'trafficking' })).toBe(value?.label);
	});

	it('rejects an unknown facet or value, listing the allowed ones', () => {
		// @ts-expect-error: not a topic
		expect(() => facetLabel({ facet: 'topic', value: 'nope' })).toThrow(
			/^facetLabel: value must be one of "health", "trafficking", .*; got "nope"$/,
		);
		// @ts-expect-error: not a facet
		expect(() => facetLabel({ facet: 'theme', value: 'health' })).toThrow(
			'facetLabel: facet must be one of "outcome", "topic", "framework", "domain", "gcmObjective"; got "theme"',
		);
	});
});

describe('facetLabel in a locale', () => {
	it('gives the project’s translation of the label', () => {
		expect(facetLabel({ facet: 'topic', value: 'trafficking', locale: 'fr' })).toBe(
			'Traite des personnes',
		);
		expect(facetLabel({ facet: 'topic', value: 'trafficking', locale: 'es' })).toBe(
			'Trata de personas',
		);
		expect(facetLabel({ facet: 'topic', value: 'trafficking', locale: 'en' })).toBe(
			'Trafficking in persons',
		);
	});

	it('agrees with localizedVocabulary for every value', () => {
		for (const locale of ['fr', 'es'] as const) {
			for (const facet of localizedVocabulary({ locale }).facets) {
				for (const value of facet.values) {
					expect(facetLabel({ facet: facet.id, value: value.id, locale })).toBe(value.label);
				}
			}
		}
	});

	it('rejects an unknown locale', () => {
		expect(() => facetLabel({ facet: 'topic', value: 'health', locale: 'de' as 'fr' })).toThrow(
			`facetLabel: locale must be one of ${ALLOWED_LOCALES}`,
		);
	});
});
