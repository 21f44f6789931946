import { describe, expect, it } from 'vitest';
import type { Country } from '../types.js';
import { formerNames } from './former-names.js';
import { governmentById } from './government-by-id.js';

describe('formerNames', () => {
	it('gives a country’s ISO 3166-3 former names in English, the language of their source', () => {
		expect(formerNames(governmentById({ id: 'TLS' }) as Country)).toEqual([
			{ name: 'East Timor', locale: 'en', source: 'iso-3166-3' },
		]);
	});

	it('gives none for a country whose name ISO never changed', () => {
		expect(formerNames(governmentById({ id: 'IRL' }) as Country)).toEqual([]);
	});

	it('names the argument it cannot read', () => {
		expect(() => formerNames('TLS' as never)).toThrow(/formerNames: country/);
	});
});
