import { describe, expect, it } from 'vitest';
import { governmentById } from './government-by-id.js';

describe('governmentById', () => {
	it('finds a country by alpha-3 and a local authority by id, ignoring case', () => {
		expect(governmentById({ id: 'alb' })?.bookletName).toBe('Albania');
		expect(governmentById({ id: 'BR-SAO-PAULO' })?.bookletName).toBe('São Paulo');
	});

	it('does not match names or other codes', () => {
		expect(governmentById({ id: 'Albania' })).toBeUndefined();
		expect(governmentById({ id: 'AL' })).toBeUndefined();
	});
});
