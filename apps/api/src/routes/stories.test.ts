import {
	CITATION_MEDIA_TYPES,
	cite,
	EDITIONS,
	findStory,
	type Story,
	stories,
} from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { app, get } from '../../test/support/app.js';
import { expectProblem } from '../../test/support/problem.js';

type StoryTag = Story['tags'][number] & { label: string; source: string };

interface ListBody {
	data: (Omit<Story, 'tags'> & { tags: StoryTag[]; links: Record<string, string> })[];
	meta: { total: number; limit: number; offset: number };
	links: Record<string, string>;
}
const list = async (query: string) => {
	const response = await get(`/v1/stories${query}`);
	expect(response.status).toBe(200);
	return (await response.json()) as ListBody;
};
const slugs = async (query: string) => (await list(query)).data.map((story) => story.slug);

describe('GET /v1/stories', () => {
	it('pages the stories in page order with meta, links and a Link header', async () => {
		const response = await get('/v1/stories?limit=5');
		const body = (await response.json()) as ListBody;
		expect(body.meta).toEqual({ total: stories.length, limit: 5, offset: 0 });
		expect(body.data.map((story) => story.slug)).toEqual(
			stories.slice(0, 5).map((story) => story.slug),
		);
		expect(body.links.next).toBe('/v1/stories?limit=5&offset=5');
		expect(body.links.source).toBe('/v1/source');
		expect(response.headers.get('link')).toContain('</v1/stories?limit=5&offset=5>; rel="next"');
		expect(response.headers.get('x-total-count')).toBe(String(stories.length));
		expect(response.headers.get('vary')).toBe('Accept, Accept-Language');
	});

	it('returns every core field unchanged, plus links', async () => {
		const body = await list('?limit=100');
		expect(body.data).toHaveLength(stories.length);
		for (const [index, item] of body.data.entries()) {
			const { links, tags, ...record } = item;
			const { tags: coreTags, ...coreRecord } = stories[index] as Story;
			expect(record).toEqual(coreRecord);
			// each tag is core's, labelled and marked as our reading
			expect(
				tags.map(({ facet, value, evidence }) => ({
					facet,
					value,
					evidence,
				})),
			).toEqual(coreTags);
			for (const tag of tags) expect(tag.source).toBe('mgi-stories-reading');
			expect(links.self).toBe(`/v1/stories/${item.slug}`);
		}
	});

	it('defaults to 20 per page', async () => {
		expect((await list('')).meta.limit).toBe(20);
	});

	it('filters by country code, name, alternative name and local authority id', async () => {
		expect(await slugs('?country=BRA')).toEqual(['brazil']);
		expect(await slugs('?country=brazil')).toEqual(['brazil']);
		expect(await slugs('?country=Moldova')).toEqual(['republic-of-moldova']);
		expect(await slugs('?country=br-sao-paulo')).toEqual(['brazil']);
		expect(await slugs('?country=ALB,BGD')).toEqual(['albania', 'bangladesh']);
		expect(await slugs('?country=ALB&country=BGD')).toEqual(['albania', 'bangladesh']);
	});

	it('filters by UN M49 region, sub-region, intermediate region and level, by name or code', async () => {
		const africa = await slugs('?region=africa');
		expect(africa.length).toBeGreaterThan(0);
		expect(africa).toContain('sierra-leone');
		expect(await slugs('?region=002')).toEqual(africa);
		expect(await slugs('?subregion=Southern%20Europe')).toEqual(['albania']);
		expect(await slugs('?intermediateRegion=South%20America')).toEqual(['brazil', 'uruguay']);
		expect(await slugs('?intermediateRegion=005')).toEqual(['brazil', 'uruguay']);
		expect(await slugs('?level=local')).toEqual(['brazil']);
	});

	it('rejects a grouping that is not UN M49', async () => {
		const response = await app.request('/v1/stories?subregion=Southeast%20Europe');
		expect(response.status).toBe(400);
	});

	it('filters by each classification facet', async () => {
		expect(await slugs('?topic=trafficking')).toEqual(
			stories
				.filter((story) =>
					story.tags.some((tag) => tag.facet === 'topic' && tag.value === 'trafficking'),
				)
				.map((story) => story.slug),
		);
		for (const facet of ['outcome', 'framework', 'domain', 'gcmObjective'] as const) {
			const tag = stories
				.flatMap((story) => story.tags)
				.find((candidate) => candidate.facet === facet);
			if (!tag) throw new Error(`no story is tagged with ${facet}`);
			const found = await list(`?${facet}=${tag.value}`);
			expect(found.meta.total).toBeGreaterThan(0);
			for (const story of found.data) {
				expect(story.tags.some((t) => t.facet === facet && t.value === tag.value)).toBe(true);
			}
		}
	});

	it('combines filters with AND and values with OR', async () => {
		expect(await slugs('?topic=trafficking&region=Africa')).toEqual(['sierra-leone']);
	});

	it('searches with q, ranked by relevance', async () => {
		expect(await slugs('?q=trafficking')).toEqual(['uruguay', 'sierra-leone']);
	});

	it('sorts by a key, descending with -', async () => {
		const bySlug = await slugs('?sort=-slug&limit=100');
		expect(bySlug).toEqual([...stories.map((story) => story.slug)].sort().reverse());
		const byPage = await slugs('?q=trafficking&sort=page');
		expect(byPage).toEqual(['sierra-leone', 'uruguay']);
	});

	it('keeps only the requested fields', async () => {
		const body = await list('?fields=slug,page&limit=2');
		expect(body.data).toEqual([
			{ slug: stories[0]?.slug, page: stories[0]?.page },
			{ slug: stories[1]?.slug, page: stories[1]?.page },
		]);
	});

	it('exports CSV (RFC 4180, header row) by format or Accept', async () => {
		for (const response of [
			await get('/v1/stories?format=csv'),
			await get('/v1/stories', { accept: 'text/csv' }),
		]) {
			expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			expect(response.headers.get('content-disposition')).toBe(
				'attachment; filename="stories.csv"',
			);
			const text = await response.text();
			const lines = text.split('\r\n');
			expect(lines[0]?.startsWith('slug,edition,country,')).toBe(true);
			expect(text.endsWith('\r\n')).toBe(true);
			expect(lines.filter((line) => /^[a-z0-9-]+,2021,[A-Z]{3},/.test(line))).toHaveLength(
				stories.length,
			);
		}
	});

	it('exports the filtered list for Excel by format=csv-excel, as the downloads’ Excel variant', async () => {
		const response = await get('/v1/stories?format=csv-excel&region=Africa');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="stories-excel.csv"',
		);
		const excel = new Uint8Array(await response.arrayBuffer());
		expect([...excel.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const african = await list('?region=Africa&limit=100');
		const rows = new TextDecoder().decode(excel).split('\r\n').slice(1, -1);
		expect(rows).toHaveLength(african.data.length);
		expect(african.data.every((story, index) => rows[index]?.startsWith(`${story.slug},`))).toBe(
			true,
		);
		// Accept cannot ask for it: text/csv is the standard variant
		const standard = await get('/v1/stories?region=Africa', { accept: 'text/csv' });
		expect([...new Uint8Array(await standard.arrayBuffer()).slice(0, 3)]).not.toEqual([
			0xef, 0xbb, 0xbf,
		]);
	});

	it('exports NDJSON, one story per line, honouring fields and an explicit page', async () => {
		const response = await get('/v1/stories?format=ndjson&fields=slug&limit=3&offset=1');
		expect(response.headers.get('content-type')).toBe('application/x-ndjson');
		const lines = (await response.text()).trim().split('\n');
		expect(lines.map((line) => JSON.parse(line))).toEqual(
			stories.slice(1, 4).map((story) => ({ slug: story.slug })),
		);
	});

	it.each([
		['?limit=0', 'limit', 'must be at least 1'],
		['?limit=101', 'limit', 'must be at most 100'],
		['?limit=ten', 'limit', 'must be a whole number from 1 to 100'],
		['?limit=-1', 'limit', 'must be at least 1'],
		['?offset=-1', 'offset', 'must be at least 0'],
		['?level=regional', 'level', 'unknown value "regional"'],
		['?topic=gardening', 'topic', 'unknown value "gardening"'],
		['?region=Atlantis', 'region', 'unknown value "Atlantis"'],
		['?fields=slug,colour', 'fields', 'unknown value "colour"'],
		[
			'?sort=colour',
			'sort',
			'must be one of: page, -page, slug, -slug, country, -country, heading, -heading',
		],
		['?format=xml', 'format', 'must be one of: json, csv, csv-excel, ndjson'],
		['?q=%20', 'q', 'must not be blank'],
		['?topic=', 'topic', 'must not be empty'],
		['?format=csv&fields=slug', 'fields', 'not available with format csv'],
		['?format=csv-excel&fields=slug', 'fields', 'not available with format csv-excel'],
	])('rejects %s', async (query, name, reason) => {
		const body = await expectProblem(await get(`/v1/stories${query}`), 400, 'invalid-parameter');
		expect(body.invalid_params).toContainEqual(expect.objectContaining({ name, reason }));
	});

	it('selects the stories of one edition, each record naming its edition', async () => {
		const body = await list('?edition=2021&limit=100&fields=slug,edition');
		expect(body.data).toEqual(stories.map(({ slug, edition }) => ({ slug, edition })));
	});

	it('refuses an edition the dataset does not have, naming those it has', async () => {
		const body = await expectProblem(
			await get('/v1/stories?edition=2024'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.[0]).toMatchObject({ name: 'edition', allowed: EDITIONS });
	});

	it('lists the allowed values of a closed filter', async () => {
		const body = await expectProblem(
			await get('/v1/stories?level=regional'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.[0]?.allowed).toEqual(['national', 'local']);
	});

	it('points an unknown country to the resolver', async () => {
		const body = await expectProblem(
			await get('/v1/stories?country=Atlantis'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.[0]?.reason).toContain('/v1/resolve?q=Atlantis');
	});
});

describe('GET /v1/stories/{slug}', () => {
	it('names its canonical path in Content-Location', async () => {
		const response = await get('/v1/stories/brazil');
		expect(response.headers.get('content-location')).toBe('/v1/stories/brazil');
	});

	it('keeps the slug in sparse lists even when fields leave it out', async () => {
		const response = await get('/v1/stories?fields=heading&limit=2');
		const { data } = (await response.json()) as { data: Record<string, unknown>[] };
		for (const item of data) expect(Object.keys(item)).toEqual(['slug', 'heading']);
	});

	it('returns the story with its government, tags with evidence and citations', async () => {
		const response = await get('/v1/stories/brazil');
		expect(response.status).toBe(200);
		const { data } = (await response.json()) as {
			data: Story & {
				government: {
					country: { id: string; localAuthorities?: unknown };
					localAuthority: { id: string } | null;
				};
				citations: Record<string, string>;
			};
		};
		const story = findStory({ slug: 'brazil' });
		expect(data).toMatchObject({ ...story });
		expect(data.government.country.id).toBe('BRA');
		expect(data.government.country.localAuthorities).toBeUndefined();
		expect(data.government.localAuthority?.id).toBe('br-sao-paulo');
		expect(data.tags.every((tag) => data.text.includes(tag.evidence))).toBe(true);
		expect(Object.keys(data.citations)).toEqual(['apa', 'chicago', 'bibtex', 'ris']);
	});

	it('localizes its local authority’s names and our reading of its level with lang, the record staying English (round 7)', async () => {
		const authority = async (lang: string) => {
			const { data } = (await (await get(`/v1/stories/brazil?lang=${lang}`)).json()) as {
				data: {
					government: {
						localAuthority: {
							level: { reason: string };
							localized: { language: string; name: string; region: string; levelReason: string };
						};
					};
				};
			};
			return data.government.localAuthority;
		};
		const french = await authority('fr');
		expect(french.localized).toMatchObject({
			language: 'fr',
			name: 'São Paulo',
			region: 'Amériques',
		});
		expect(french.localized.levelReason).toMatch(
			/^L’histoire de São Paulo \(Brésil\) le dit en ces termes/,
		);
		expect(french.level.reason).toMatch(/^The booklet/);
		expect((await authority('es')).localized.levelReason).toMatch(
			/^La historia de São Paulo \(Brasil\)/,
		);
		const english = await authority('en');
		expect(english.localized.levelReason).toBe(english.level.reason);
	});

	it('finds a slug in any case', async () => {
		expect((await get('/v1/stories/ALBANIA')).status).toBe(200);
	});

	it('suggests, labelled as a suggestion, the story a misspelt slug means', async () => {
		const body = await expectProblem(await get('/v1/stories/sierra-leon'), 404, 'not-found');
		expect(body.suggestions?.[0]).toMatchObject({
			value: 'sierra-leone',
			href: '/v1/stories/sierra-leone',
		});
		expect(body.detail).toContain('Did you mean "sierra-leone"? (A suggestion');
	});

	it('answers an unknown slug with 404', async () => {
		const body = await expectProblem(await get('/v1/stories/atlantis'), 404, 'not-found');
		expect(body.detail).toContain('"atlantis"');
	});
});

describe('GET /v1/stories/{slug}/citation', () => {
	const story = findStory({ slug: 'albania' });
	if (!story) throw new Error('albania is missing');

	it.each(['apa', 'chicago', 'bibtex', 'ris'] as const)(
		'cites in %s with its media type',
		async (style) => {
			const response = await get(`/v1/stories/albania/citation?style=${style}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe(CITATION_MEDIA_TYPES[style]);
			expect(await response.text()).toBe(cite({ story, style }));
		},
	);

	it('defaults to APA', async () => {
		expect(await (await get('/v1/stories/albania/citation')).text()).toBe(
			cite({ story, style: 'apa' }),
		);
	});

	it('rejects an unknown style, listing the styles', async () => {
		const body = await expectProblem(
			await get('/v1/stories/albania/citation?style=mla'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.[0]).toMatchObject({
			name: 'style',
			allowed: ['apa', 'chicago', 'bibtex', 'ris'],
		});
	});

	it('answers an unknown story with 404', async () => {
		await expectProblem(await get('/v1/stories/atlantis/citation'), 404, 'not-found');
	});
});

describe('GET /v1/stories/{slug} in French and Spanish', () => {
	it('names the government in the language asked for and never changes the booklet’s words', async () => {
		const english = (await (await get('/v1/stories/republic-of-moldova')).json()) as {
			data: Story & { government: { country: { localized: { name: string } } } };
		};
		const response = await get('/v1/stories/republic-of-moldova', { 'accept-language': 'es' });
		expect(response.headers.get('content-language')).toBe('es');
		const spanish = (await response.json()) as typeof english;
		expect(spanish.data.government.country.localized.name).toBe('República de Moldova');
		const withoutOurs = ({ government: _, tags, ...story }: typeof english.data) => ({
			...story,
			evidence: tags.map((tag) => tag.evidence),
		});
		expect(withoutOurs(spanish.data)).toEqual(withoutOurs(english.data));
	});

	it('marks a tag whose label is our translation of a Global Compact objective’s title, and no other', async () => {
		const response = await get('/v1/stories?lang=fr&fields=tags&limit=100');
		const { data } = (await response.json()) as {
			data: { tags: { facet: string; value: string; translation?: string }[] }[];
		};
		const tags = data.flatMap((story) => story.tags);
		const ours = new Set([
			'objective-3',
			'objective-5',
			'objective-7',
			'objective-17',
			'objective-18',
		]);
		expect(tags.some((tag) => tag.translation === 'ours')).toBe(true);
		for (const tag of tags)
			expect(tag.translation === 'ours', `${tag.facet}/${tag.value}`).toBe(
				tag.facet === 'gcmObjective' && ours.has(tag.value),
			);
	});

	it('labels the story list’s tags in the language asked for, and only them', async () => {
		const response = await get('/v1/stories?lang=fr&fields=tags&limit=1');
		expect(response.headers.get('content-language')).toBe('fr');
		expect(response.headers.get('vary')).toBe('Accept, Accept-Language');
		const french = (await response.json()) as { data: { tags: { label: string }[] }[] };
		const english = (await (await get('/v1/stories?fields=tags&limit=1')).json()) as typeof french;
		expect(french.data[0]?.tags[0]?.label).not.toBe(english.data[0]?.tags[0]?.label);
		await expectProblem(await get('/v1/stories?lang=de'), 400, 'invalid-parameter');
	});
});
