import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_ID_LENGTH, requestIdFor } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdFor', () => {
	it('echoes a safe client id', () => {
		expect(requestIdFor('trace-42_x=')).toBe('trace-42_x=');
		expect(requestIdFor('a'.repeat(MAX_REQUEST_ID_LENGTH))).toHaveLength(MAX_REQUEST_ID_LENGTH);
	});

	it.each([undefined, null, '', 'a b', '<script>', 'a'.repeat(MAX_REQUEST_ID_LENGTH + 1)])(
		'makes a new UUID for %j',
		(sent) => {
			expect(requestIdFor(sent)).toMatch(UUID);
		},
	);
});
