import {
	type Country,
	countries,
	governments,
	type LocalAuthority,
	localAuthorities,
	stories,
} from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { get } from '../../test/support/app.js';
import { expectProblem } from '../../test/support/problem.js';

type Item = (Country | LocalAuthority) & {
	id: string;
	storyCount: number;
	localized: Record<string, string>;
	links: Record<string, string>;
};
interface ListBody {
	data: Item[];
	meta: { total: number; limit: number; offset: number };
	links: Record<string, string>;
}
const list = async (query: string) => {
	const response = await get(`/v1/governments${query}`);
	expect(response.status).toBe(200);
	return (await response.json()) as ListBody;
};
const ids = async (query: string) => (await list(query)).data.map((item) => item.id);

describe('GET /v1/governments', () => {
	it('lists countries, then local authorities', async () => {
		const body = await list('?limit=100');
		expect(body.meta.total).toBe(governments.length);
		expect(body.data[0]?.kind).toBe('country');
		const last = await list('?offset=100');
		expect(last.data.at(-1)?.kind).toBe('local');
	});

	it('returns full core countries, local authorities nested, plus id, storyCount, localized names and links', async () => {
		const body = await list('?kind=country&limit=100');
		expect(body.meta.total).toBe(countries.length);
		for (const [index, item] of body.data.entries()) {
			const { id, storyCount, links, localized, ...record } = item;
			expect(localized).toMatchObject({ language: 'en', name: countries[index]?.bookletName });
			expect(record).toEqual({
				...countries[index],
				localAuthorities: countries[index]?.localAuthorities.map((authority) => ({
					...authority,
					localized: expect.objectContaining({
						language: 'en',
						name: authority.bookletName,
						level: authority.level.value,
						levelReason: authority.level.reason,
						pointIs: authority.gazetteer.pointIs,
					}),
				})),
			});
			expect(id).toBe(countries[index]?.alpha3);
			expect(storyCount).toBe(
				stories.filter((story) => story.country === id && story.level === 'national').length,
			);
			expect(links.self).toBe(`/v1/governments/${id}`);
		}
	});

	it('filters local authorities', async () => {
		const body = await list('?kind=local&limit=100');
		expect(body.data.map((item) => item.id)).toEqual(
			localAuthorities.map((authority) => authority.id),
		);
		expect(body.data[0]?.links.country).toMatch(/^\/v1\/governments\/[A-Z]{3}$/);
	});

	it('filters by region and sub-region', async () => {
		const europe = await list('?kind=country&region=Europe&limit=100');
		expect(europe.meta.total).toBe(
			countries.filter((country) => country.region === 'Europe').length,
		);
		const andLocals = await list('?region=Americas&kind=local&limit=100');
		expect(
			andLocals.data.every(
				(item) => item.kind === 'local' && item.country === item.country.toUpperCase(),
			),
		).toBe(true);
		expect(andLocals.meta.total).toBeGreaterThan(0);
	});

	it('filters by whether a government has a story', async () => {
		const withStory = await list('?hasStory=true&limit=100');
		expect(withStory.data.every((item) => item.storyCount > 0)).toBe(true);
		const stats = (await (await get('/v1/stats')).json()) as {
			data: { countriesWithStory: number };
		};
		const countriesWithStory = withStory.data.filter((item) => item.kind === 'country');
		expect(countriesWithStory).toHaveLength(stats.data.countriesWithStory);
		// São Paulo's story is São Paulo's: Brazil is not a country with a story of its own
		expect(countriesWithStory.map((item) => item.id)).not.toContain('BRA');
		expect(withStory.data.map((item) => item.id)).toContain('br-sao-paulo');
		const without = await list('?hasStory=false&limit=1');
		expect(without.meta.total + withStory.meta.total).toBe(governments.length);
	});

	it('searches names, alternative names and codes with q', async () => {
		expect((await ids('?q=Turkiye'))[0]).toBe('TUR');
		expect((await ids('?q=ivory%20coast'))[0]).toBe('CIV');
		expect((await ids('?q=sao%20paulo'))[0]).toBe('br-sao-paulo');
		// the codes the parameter's description promises
		expect((await ids('?q=BRA'))[0]).toBe('BRA');
		expect((await ids('?q=076'))[0]).toBe('BRA');
	});

	it('sorts by name, id, region or story count', async () => {
		const byId = await ids('?kind=country&sort=-id&limit=3');
		expect(byId).toEqual(
			countries
				.map((country) => country.alpha3)
				.sort()
				.reverse()
				.slice(0, 3),
		);
		const byStories = await list('?sort=-stories&limit=1');
		expect(byStories.data[0]?.storyCount).toBeGreaterThan(0);
	});

	it('sorts by the name shown, with the collation of the response’s language (Allemagne among the A)', async () => {
		for (const lang of ['en', 'fr', 'es'] as const) {
			const body = await list(`?kind=country&sort=name&limit=100&lang=${lang}`);
			const names = body.data.map((item) => item.localized.name ?? '');
			expect(names).toEqual([...names].sort(new Intl.Collator(lang).compare));
		}
	});

	it('accepts in fields every field an item has', async () => {
		const keys = new Set<string>();
		for (const page of [await list('?limit=100'), await list('?offset=100&limit=100')]) {
			for (const item of page.data) for (const key of Object.keys(item)) keys.add(key);
		}
		const body = await expectProblem(
			await get('/v1/governments?fields=nope'),
			400,
			'invalid-parameter',
		);
		expect([...(body.invalid_params?.[0]?.allowed ?? [])].sort()).toEqual([...keys].sort());
	});

	it('keeps only the requested fields', async () => {
		const body = await list('?kind=country&fields=id,bookletName&limit=1');
		expect(body.data).toEqual([
			{ id: countries[0]?.alpha3, bookletName: countries[0]?.bookletName },
		]);
	});

	it('exports CSV with one row per government', async () => {
		const response = await get('/v1/governments?format=csv');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const lines = (await response.text()).trimEnd().split('\r\n');
		expect(lines[0]?.startsWith('id,kind,')).toBe(true);
		expect(lines).toHaveLength(governments.length + 1);
	});

	it('selects the governments one edition lists, each record naming its edition', async () => {
		const body = await list('?edition=2021&limit=100&offset=100&fields=id,edition');
		expect(body.meta.total).toBe(governments.length);
		expect(body.data.every((item) => item.edition === '2021')).toBe(true);
	});

	it.each([
		['?edition=2024', 'edition'],
		['?kind=city', 'kind'],
		['?hasStory=yes', 'hasStory'],
		['?region=Mars', 'region'],
		['?sort=population', 'sort'],
		['?limit=1000', 'limit'],
		['?kind=country&kind=local', 'kind'],
	])('rejects %s', async (query, name) => {
		const body = await expectProblem(
			await get(`/v1/governments${query}`),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.map((param) => param.name)).toContain(name);
	});
});

describe('GET /v1/governments?id= (bulk lookup)', () => {
	it('returns the governments named by any kind of code, in the order given', async () => {
		expect(await ids('?id=BRA,al,br-sao-paulo,008')).toEqual(['BRA', 'ALB', 'br-sao-paulo']);
	});

	it('combines with the other filters', async () => {
		expect(await ids('?id=BRA,br-sao-paulo&kind=local')).toEqual(['br-sao-paulo']);
	});

	it('names every government, local authorities by the booklet’s name', async () => {
		const body = await list('?id=BRA,al,br-sao-paulo&fields=name');
		expect(body.data).toEqual([
			{ id: 'BRA', name: countries.find((country) => country.alpha3 === 'BRA')?.name },
			{ id: 'ALB', name: countries.find((country) => country.alpha3 === 'ALB')?.name },
			{ id: 'br-sao-paulo', name: 'São Paulo' },
		]);
	});

	it('lists a government named twice once, and reports the code that named it again', async () => {
		const body = (await list('?id=BRA,al,076,br-sao-paulo,008')) as ListBody & {
			meta: { duplicates: unknown[] };
		};
		expect(body.data.map((item) => item.id)).toEqual(['BRA', 'ALB', 'br-sao-paulo']);
		expect(body.meta.duplicates).toEqual([
			{ code: '076', sameAs: 'BRA', id: 'BRA' },
			{ code: '008', sameAs: 'al', id: 'ALB' },
		]);
		expect(((await list('?id=BRA')) as ListBody & { meta: object }).meta).toMatchObject({
			duplicates: [],
		});
	});

	it('rejects an unknown code, naming it', async () => {
		const body = await expectProblem(
			await get('/v1/governments?id=BRA,XXX'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.[0]?.reason).toContain('"XXX"');
	});
});

describe('sparse fieldsets keep the id', () => {
	it('returns ids with fields=country', async () => {
		const body = await list('?fields=country&kind=local&limit=2');
		for (const item of body.data) expect(Object.keys(item)[0]).toBe('id');
		expect(body.data[0]).toEqual({ id: expect.any(String), country: expect.any(String) });
	});
});

describe('enumerated values ignore case', () => {
	it.each([
		'?kind=COUNTRY',
		'?hasStory=TRUE',
		'?sort=-NAME',
		'?region=africa',
		'?kind=Local&hasStory=False',
	])('accepts %s', async (query) => {
		expect((await get(`/v1/governments${query}`)).status).toBe(200);
	});

	it('says a repeated single-valued parameter is repeated', async () => {
		const body = await expectProblem(
			await get('/v1/governments?hasStory=true&hasStory=false'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params).toEqual([
			expect.objectContaining({
				name: 'hasStory',
				reason: 'is given more than once; give it once',
			}),
		]);
	});
});

describe('GET /v1/governments/{code}', () => {
	it.each(['BRA', 'bra', 'BR', 'br', '076', 'Brazil'])('finds Brazil by %s', async (code) => {
		const response = await get(`/v1/governments/${code}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-location')).toBe('/v1/governments/BRA');
		const { data } = (await response.json()) as {
			data: Country & { id: string; stories: { slug: string }[] };
		};
		expect(data.id).toBe('BRA');
		expect(data.localAuthorities.map((authority) => authority.id)).toContain('br-sao-paulo');
		expect(data.stories.map((story) => story.slug)).toEqual(['brazil']);
	});

	it('finds a local authority by id, with its country and stories', async () => {
		const response = await get('/v1/governments/BR-SAO-PAULO');
		expect(response.status).toBe(200);
		const { data } = (await response.json()) as {
			data: LocalAuthority & { country: unknown; stories: { slug: string }[] };
		};
		expect(data.kind).toBe('local');
		expect(data.country).toMatchObject({ id: 'BRA', bookletName: 'Brazil' });
		expect(data.stories.map((story) => story.slug)).toEqual(['brazil']);
	});

	it('answers an unknown code with 404 pointing to the resolver', async () => {
		const body = await expectProblem(await get('/v1/governments/XXX'), 404, 'not-found');
		expect(body.detail).toContain('/v1/resolve?q=XXX');
		expect(body.detail).not.toContain('Did you mean');
		expect(body).not.toHaveProperty('suggestions');
	});

	it('suggests, labelled as a suggestion, the government a misspelt name means', async () => {
		const body = await expectProblem(await get('/v1/governments/Brazl'), 404, 'not-found');
		expect(body.suggestions?.[0]).toMatchObject({ value: 'BRA', href: '/v1/governments/BRA' });
		expect(body.detail).toContain('Did you mean "BRA"? (A suggestion');
	});

	it('suggests the local authority a misspelt id means, read without its country prefix', async () => {
		const body = await expectProblem(await get('/v1/governments/br-sao-paolo'), 404, 'not-found');
		expect(body.suggestions?.[0]).toMatchObject({ value: 'br-sao-paulo' });
	});

	it('says a non-participating country is one, suggesting no participant', async () => {
		const body = await expectProblem(await get('/v1/governments/usa'), 404, 'not-found');
		expect(body.detail).toContain('"usa" is United States of America (USA), a country the booklet');
		expect(body).not.toHaveProperty('suggestions');
	});
});

describe('GET /v1/governments in French and Spanish', () => {
	it('names countries and their areas in the language asked for, keeping the English fields', async () => {
		const response = await get('/v1/governments/DEU?lang=fr');
		expect(response.headers.get('content-language')).toBe('fr');
		expect(response.headers.get('vary')).toMatch(/Accept-Language/);
		const { data } = (await response.json()) as { data: Item & Country };
		expect(data.localized).toEqual({
			language: 'fr',
			name: 'Allemagne',
			officialName: 'République fédérale d’Allemagne',
			region: 'Europe',
			subregion: 'Europe occidentale',
		});
		expect({ name: data.name, region: data.region, subregion: data.subregion }).toEqual({
			name: 'Germany',
			region: 'Europe',
			subregion: 'Western Europe',
		});
	});

	it('gives a country’s official name in the language asked for (UNTERM’s formal name, as the site shows it), none where UNTERM lists none', async () => {
		const official = async (path: string) =>
			(
				(await (await get(path)).json()) as {
					data: { officialName?: string; localized: { officialName?: string } };
				}
			).data;
		const albania = await official('/v1/governments/ALB?lang=es');
		expect(albania.localized.officialName).toBe('República de Albania');
		expect(albania.officialName).toBe('Republic of Albania');
		expect((await official('/v1/governments/ALB')).localized.officialName).toBe(
			'Republic of Albania',
		);
		expect((await official('/v1/governments/CIV?lang=fr')).localized).not.toHaveProperty(
			'officialName',
		);
		expect((await official('/v1/governments/NPL?lang=fr')).localized).not.toHaveProperty(
			'officialName',
		);
		expect((await official('/v1/governments/ca-montreal?lang=fr')).localized).not.toHaveProperty(
			'officialName',
		);
	});

	it('gives our reading of a local authority’s level in the language asked for, the record’s in English', async () => {
		const reading = async (lang: string) => {
			const response = await get(`/v1/governments/ca-montreal?lang=${lang}`);
			const { data } = (await response.json()) as {
				data: { level: { reason: string }; localized: { levelReason: string } };
			};
			return data;
		};
		const french = await reading('fr');
		expect(french.localized.levelReason).toMatch(/^La brochure cite Montréal parmi/);
		expect(french.level.reason).toMatch(/^The booklet lists Montreal/);
		expect((await reading('es')).localized.levelReason).toMatch(/^El folleto/);
		const english = await reading('en');
		expect(english.localized.levelReason).toBe(english.level.reason);
	});

	it('gives a local authority’s level and what its point is in the language asked for, the record’s in English (round 10)', async () => {
		const words = async (lang: string) => {
			const response = await get(`/v1/governments/mx-oaxaca?lang=${lang}`);
			const { data } = (await response.json()) as {
				data: {
					level: { value: string };
					gazetteer: { pointIs: string };
					localized: { level: string; pointIs: string };
				};
			};
			return data;
		};
		expect((await words('fr')).localized).toMatchObject({
			level: 'État',
			pointIs:
				'le siège du gouvernement de l’État (Oaxaca, entité GeoNames PPLA), et non le territoire de l’État',
		});
		expect((await words('es')).localized.level).toBe('estado');
		const english = await words('en');
		expect(english.localized).toMatchObject({
			level: english.level.value,
			pointIs: english.gazetteer.pointIs,
		});
	});

	it('localizes the local authorities a country embeds, as their own route does (round 7)', async () => {
		const embedded = async (path: string) =>
			(
				(await (await get(path)).json()) as {
					data: { localAuthorities: { id: string; localized: { levelReason: string } }[] };
				}
			).data.localAuthorities;
		const [montreal] = await embedded('/v1/governments/CAN?lang=fr');
		expect(montreal?.localized.levelReason).toMatch(/^La brochure cite Montréal parmi/);
		const spanish = await embedded('/v1/governments/MEX?lang=es');
		expect(spanish.map((authority) => authority.localized.levelReason)).toEqual(
			spanish.map(() => expect.stringMatching(/los interpretamos como los gobiernos/)),
		);
	});

	it('negotiates Accept-Language when lang is absent, and lang wins over it', async () => {
		const spanish = await get('/v1/governments/MAR', { 'accept-language': 'es-MX, fr;q=0.5' });
		expect(spanish.headers.get('content-language')).toBe('es');
		expect(((await spanish.json()) as { data: Item }).data.localized.name).toBe('Marruecos');
		const french = await get('/v1/governments/MAR?lang=fr', { 'accept-language': 'es' });
		expect(((await french.json()) as { data: Item }).data.localized.name).toBe('Maroc');
		const english = await get('/v1/governments/MAR', { 'accept-language': 'de, it;q=0.5' });
		expect(english.headers.get('content-language')).toBe('en');
	});

	it('keeps a local authority’s booklet name and gives each language its own ETag', async () => {
		const tags = new Set<string | null>();
		for (const lang of ['en', 'fr', 'es']) {
			const response = await get(`/v1/governments/br-sao-paulo?lang=${lang}`);
			const { data } = (await response.json()) as { data: Item };
			expect(data.localized.name).toBe('São Paulo');
			tags.add(response.headers.get('etag'));
		}
		expect(tags.size).toBe(3);
	});

	it('answers a language it does not have with a 400 problem', async () => {
		await expectProblem(await get('/v1/governments?lang=de'), 400, 'invalid-parameter');
	});
});
