import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ndjson, type Page, paging, pick, sortBy } from './list.js';

async function pageOf(url: string, page: Page) {
	const app = new Hono().get('*', (c) => c.json(paging(c, page)));
	return (await (await app.request(url)).json()) as ReturnType<typeof paging>;
}

describe('paging', () => {
	it('links the first, next and last pages of a first page', async () => {
		const { meta, links, header } = await pageOf('/v1/stories?limit=5', {
			total: 19,
			limit: 5,
			offset: 0,
		});
		expect(meta).toEqual({ total: 19, limit: 5, offset: 0 });
		expect(links).toEqual({
			self: '/v1/stories?limit=5',
			first: '/v1/stories?limit=5&offset=0',
			next: '/v1/stories?limit=5&offset=5',
			last: '/v1/stories?limit=5&offset=15',
			source: '/v1/source',
		});
		expect(header).toBe(
			'</v1/stories?limit=5&offset=0>; rel="first", </v1/stories?limit=5&offset=5>; rel="next", </v1/stories?limit=5&offset=15>; rel="last"',
		);
	});

	it('links the previous page and no next page on the last page', async () => {
		const { links } = await pageOf('/v1/stories?offset=15&limit=5', {
			total: 19,
			limit: 5,
			offset: 15,
		});
		expect(links.prev).toBe('/v1/stories?offset=10&limit=5');
		expect(links.next).toBeUndefined();
	});

	it('points back into the list from past its end', async () => {
		const { links } = await pageOf('/v1/stories?offset=100', { total: 19, limit: 20, offset: 100 });
		expect(links.prev).toBe('/v1/stories?offset=0&limit=20');
		expect(links.last).toBe('/v1/stories?offset=0&limit=20');
	});

	it('makes prev from past the end the same page as last', async () => {
		const { links } = await pageOf('/v1/stories?offset=100&limit=10', {
			total: 19,
			limit: 10,
			offset: 100,
		});
		expect(links.prev).toBe('/v1/stories?offset=10&limit=10');
		expect(links.last).toBe(links.prev);
	});

	it('steps back a whole page from an offset that is not a multiple of the limit', async () => {
		const { links } = await pageOf('/v1/stories?offset=7&limit=5', {
			total: 19,
			limit: 5,
			offset: 7,
		});
		expect(links.prev).toBe('/v1/stories?offset=2&limit=5');
	});
});

describe('sortBy', () => {
	const rows = [
		{ name: 'Éthiopia', n: 2 },
		{ name: 'albania', n: 10 },
		{ name: 'Chad', n: 1 },
	];
	const keys = {
		name: (row: (typeof rows)[number]) => row.name,
		n: (row: (typeof rows)[number]) => row.n,
	};

	it('sorts strings ignoring case and accents', () => {
		expect(sortBy(rows, 'name', keys).map((row) => row.name)).toEqual([
			'albania',
			'Chad',
			'Éthiopia',
		]);
	});

	it('sorts by the collation of the language: Cambodia before Cape Verde, Ç with C in French', () => {
		const names = ['Cape Verde', 'Cambodia', 'Côte d’Ivoire', 'Canada'].map((name) => ({ name }));
		const byName = { name: (row: { name: string }) => row.name };
		expect(sortBy(names, 'name', byName, 'en').map((row) => row.name)).toEqual([
			'Cambodia',
			'Canada',
			'Cape Verde',
			'Côte d’Ivoire',
		]);
		expect(sortBy(names, '-name', byName, 'fr').map((row) => row.name)[0]).toBe('Côte d’Ivoire');
	});

	it('sorts numbers numerically and descending with -', () => {
		expect(sortBy(rows, '-n', keys).map((row) => row.n)).toEqual([10, 2, 1]);
	});
});

describe('pick', () => {
	it('keeps the key first, then the requested fields in the requested order', () => {
		expect(pick({ id: 'x', a: 1, b: 2, c: 3 }, ['c', 'a'], 'id')).toEqual({ id: 'x', c: 3, a: 1 });
		expect(Object.keys(pick({ id: 'x', a: 1, b: 2 }, ['b', 'a'], 'id'))).toEqual(['id', 'b', 'a']);
	});

	it('keeps the key even when fields leave it out', () => {
		expect(pick({ id: 'x', a: 1 }, ['a'], 'id')).toEqual({ id: 'x', a: 1 });
	});

	it('returns the item unchanged without fields', () => {
		const item = { id: 'x', a: 1 };
		expect(pick(item, undefined, 'id')).toBe(item);
	});
});

describe('ndjson', () => {
	it('writes one JSON document per line', () => {
		expect(ndjson([{ a: 1 }, { b: 'x' }])).toBe('{"a":1}\n{"b":"x"}\n');
	});
});
