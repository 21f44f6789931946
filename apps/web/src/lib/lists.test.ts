import { describe, expect, it } from 'vitest';
import { listed } from './lists';

const joins = (items: readonly string[], locale: string) =>
	listed(items, locale)
		.map(({ item, before }) => `${before}[${item}]`)
		.join('');

describe('listed', () => {
	it('gives one item alone, with nothing before it', () => {
		expect(listed(['2021'], 'en')).toEqual([{ item: '2021', before: '' }]);
	});

	it('joins items as each locale lists them', () => {
		expect(joins(['A', 'B'], 'en')).toBe('[A] and [B]');
		expect(joins(['A', 'B', 'C'], 'en')).toBe('[A], [B], and [C]');
		expect(joins(['A', 'B'], 'fr')).toBe('[A] et [B]');
		expect(joins(['A', 'B', 'C'], 'es')).toBe('[A], [B] y [C]');
	});

	it('keeps each item itself, not its text', () => {
		const sources = [{ year: 2021 }, { year: 2099 }];
		expect(listed(sources, 'en').map(({ item }) => item)).toEqual(sources);
	});
});
