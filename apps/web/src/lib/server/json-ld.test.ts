import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
	it('cannot close the script element', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & more' });
		expect(json).not.toMatch(/[<>&]/);
		expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & more' });
	});
});
