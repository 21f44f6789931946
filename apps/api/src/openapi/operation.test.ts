import { describe, expect, it } from 'vitest';
import { definitionOf, operation } from './operation.js';

describe('an operation', () => {
	it('is declared only under an id that has its responses in responses.ts', () => {
		const middleware = operation({
			// @ts-expect-error: no responses are declared for listRegions, so the type checker refuses it
			operationId: 'listRegions',
			tags: ['Dataset'],
			summary: 'The regions',
			description: 'The UN M49 regions.',
			query: {},
		});
		// the type is the guard; at run time the definition is registered as any other
		expect(definitionOf(middleware)?.operationId).toBe('listRegions');
	});
});
