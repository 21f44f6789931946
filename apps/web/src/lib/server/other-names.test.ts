import { type Country, governmentById } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { otherNames } from './other-names';

const country = (id: string) => governmentById({ id }) as Country;
const languageOf = (id: string, name: string) =>
	otherNames(country(id)).find((other) => other.text === name)?.lang;

describe('otherNames', () => {
	it('marks each name by its own language, never the list as a whole', () => {
		expect(languageOf('BOL', 'Plurinational State of Bolivia')).toBe('en');
		expect(languageOf('BOL', 'Bolivia, Plurinational State of')).toBe('en');
		expect(languageOf('BOL', 'Estado Plurinacional de Bolivia')).toBe('es');
		expect(languageOf('COM', 'Union des Comores')).toBe('fr');
		expect(languageOf('COM', 'Union of the Comoros')).toBe('en');
	});

	it('leaves a name in a language the data does not record as unknown, not English', () => {
		expect(languageOf('BOL', 'Wuliwya Suyu')).toBe('');
		expect(languageOf('ALB', 'Shqipëria')).toBe('');
	});

	it('keeps every other name', () => {
		expect(
			otherNames(country('BOL'))
				.map((name) => name.text)
				.sort(),
		).toEqual([...country('BOL').altNames].sort());
	});
});
