import { vocabulary } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { app, json } from '../../test/support/app.js';

describe('GET /v1/facets', () => {
	it('lists every facet with its rule and per-value counts', async () => {
		const { data } = await json<{
			data: { facet: string; rule: string; values: { id: string; count: number }[] }[];
		}>('/v1/facets');
		expect(data.map((facet) => facet.facet)).toEqual(vocabulary.facets.map((facet) => facet.id));
		for (const facet of data) {
			expect(facet.rule.length).toBeGreaterThan(0);
			expect(facet.values.every((value) => Number.isInteger(value.count))).toBe(true);
		}
		const trafficking = data
			.find((facet) => facet.facet === 'topic')
			?.values.find((v) => v.id === 'trafficking');
		expect(trafficking?.count).toBe(2);
	});
});

describe('facet value links', () => {
	it('lead to the stories tagged with the value, as many as counted', async () => {
		const { data } = await json<{
			data: { values: { count: number; links: { stories: string } }[] }[];
		}>('/v1/facets');
		for (const value of data.flatMap((facet) => facet.values)) {
			const page = await json<{ meta: { total: number } }>(value.links.stories);
			expect(page.meta.total, value.links.stories).toBe(value.count);
		}
	});
});

describe('GET /v1/facets in French and Spanish', () => {
	interface Facets {
		data: {
			facet: string;
			label: string;
			rule: string;
			values: { id: string; label: string; count: number }[];
		}[];
	}

	it('translates labels, descriptions and rules, and keeps ids and counts', async () => {
		const english = await json<Facets>('/v1/facets');
		const spanish = await json<Facets>('/v1/facets?lang=es');
		const shape = (body: Facets) =>
			body.data.map((facet) => [facet.facet, facet.values.map((value) => [value.id, value.count])]);
		expect(shape(spanish)).toEqual(shape(english));
		const topic = spanish.data.find((facet) => facet.facet === 'topic');
		expect(topic?.label).toBe('Tema');
		expect(topic?.values.find((value) => value.id === 'trafficking')?.label).toBe(
			'Trata de personas',
		);
		expect(topic?.rule).not.toBe(english.data.find((facet) => facet.facet === 'topic')?.rule);
	});

	it('says which Global Compact objective titles are our translation, and only those', async () => {
		const objectives = async (lang: string) =>
			(await json<Facets>(`/v1/facets?lang=${lang}`)).data
				.find((facet) => facet.facet === 'gcmObjective')
				?.values.filter((value) => 'translation' in value)
				.map((value) => value.id);
		expect(await objectives('es')).toContain('objective-15');
		expect(await objectives('es')).not.toContain('objective-9');
		expect(await objectives('fr')).toEqual([
			'objective-3',
			'objective-5',
			'objective-7',
			'objective-17',
			'objective-18',
		]);
		expect(await objectives('en')).toEqual([]);
		const topics = (await json<Facets>('/v1/facets?lang=fr')).data.find(
			(facet) => facet.facet === 'topic',
		);
		expect(topics?.values.some((value) => 'translation' in value)).toBe(false);
	});

	it('says its language and varies on Accept-Language', async () => {
		const response = await app.request('/v1/facets', { headers: { 'accept-language': 'fr-FR' } });
		expect(response.headers.get('content-language')).toBe('fr');
		expect(response.headers.get('vary')).toMatch(/Accept-Language/);
		const body = (await response.json()) as Facets;
		expect(body.data[0]?.label).toBe('Résultat');
	});
});
