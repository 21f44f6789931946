import { describe, expect, it } from 'vitest';
import { publications } from './data.js';
import { ArgumentError } from './errors.js';
import { publicationOf } from './index.js';

describe('publicationOf', () => {
	it('gives the imprint of the edition a record names', () => {
		expect(publicationOf('2021')).toBe(publications[0]);
		expect(publicationOf('2021').isbn.pdf).toBe('978-92-9268-019-0');
	});

	it('rejects an id no publication has, listing the editions', () => {
		expect(() => publicationOf('2024')).toThrow(ArgumentError);
		expect(() => publicationOf('2024')).toThrow(
			'publicationOf: edition must be one of "2021"; got "2024"',
		);
	});
});
