import { governmentById, publication, stories } from '@mgi-stories/core';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { absoluteUrl } from './config';
import { datasetCitation } from './dataset-release';
import {
	collectionPageJsonLd,
	datasetJsonLd,
	governmentPlaceJsonLd,
	serializeJsonLd,
	storyJsonLd,
	websiteJsonLd,
} from './json-ld';

describe('serializeJsonLd', () => {
	it('cannot close the script element', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & more' });
		expect(json).not.toMatch(/[<>&]/);
		expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & more' });
	});
});

describe('governmentPlaceJsonLd', () => {
	it('types a municipality as a City and a state as an AdministrativeArea, each in its Country', () => {
		const place = (id: string) => {
			const government = governmentById({ id });
			if (!government) throw new Error(`no government ${id}`);
			return governmentPlaceJsonLd(government);
		};
		expect(place('pe-lima')).toMatchObject({
			'@type': 'City',
			containedInPlace: { '@type': 'Country', identifier: 'PER' },
		});
		expect(place('mx-oaxaca')).toMatchObject({
			'@type': 'AdministrativeArea',
			containedInPlace: { '@type': 'Country', identifier: 'MEX' },
		});
		expect(place('KAZ')).toMatchObject({ '@type': 'Country', identifier: 'KAZ' });
	});
});

describe('storyJsonLd', () => {
	it('describes a story’s page, whose main entity is the story as an article of the booklet, from core’s data', () => {
		const story = stories[0];
		if (!story) throw new Error('no story');
		const page = storyJsonLd(story, { name: 'N', url: 'https://x.test/s/' });
		expect(page).toMatchObject({ '@type': 'WebPage', name: 'N', url: 'https://x.test/s/' });
		expect(page.mainEntity).toMatchObject({
			'@type': 'Article',
			headline: story.heading,
			articleBody: story.text,
			inLanguage: 'en',
			pageStart: story.page,
			isPartOf: { '@type': 'Book', name: publication.title },
		});
	});

	it('gives the page’s own words in the page’s language and IOM’s article only the booklet’s (round 10)', () => {
		overwriteGetLocale(() => 'fr');
		try {
			const story = stories[0];
			if (!story) throw new Error('no story');
			const page = storyJsonLd(story, { name: 'Albanie : l’usage des IGM', url: 'u' });
			expect(page.inLanguage).toBe('fr');
			expect(JSON.stringify(page.mainEntity)).not.toContain('Albanie');
		} finally {
			overwriteGetLocale(() => 'en');
		}
	});
});

describe('storyJsonLd in French', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('says what country a story is about by the name the page shows (round 6)', () => {
		overwriteGetLocale(() => 'fr');
		const story = stories.find((candidate) => candidate.country === 'MDA');
		if (!story) throw new Error('no story of the Republic of Moldova');
		const article = storyJsonLd(story, { name: 'N', url: 'https://x.test/s/' });
		expect(article.about).toEqual({
			'@type': 'Country',
			name: 'République de Moldova',
			identifier: 'MDA',
		});
	});

	it('says a local authority’s story is about it, in its country (round 7)', () => {
		overwriteGetLocale(() => 'fr');
		const story = stories.find((candidate) => candidate.localAuthority === 'br-sao-paulo');
		if (!story) throw new Error('no story of São Paulo');
		const article = storyJsonLd(story, { name: 'N', url: 'https://x.test/s/' });
		expect(article.about).toEqual({
			'@type': 'City',
			name: 'São Paulo',
			identifier: 'br-sao-paulo',
			containedInPlace: { '@type': 'Country', name: 'Brésil', identifier: 'BRA' },
		});
	});

	it('gives its tags as the page’s labels, not their ids (round 7)', () => {
		overwriteGetLocale(() => 'fr');
		const story = stories.find((candidate) =>
			candidate.tags.some((tag) => tag.facet === 'topic' && tag.value === 'health'),
		);
		if (!story) throw new Error('no story about health');
		const keywords = String(storyJsonLd(story, { name: 'N', url: 'u' }).keywords);
		expect(keywords.split(', ')).toContain('Santé');
		for (const tag of story.tags) expect(keywords.split(', ')).not.toContain(tag.value);
	});
});

describe('collectionPageJsonLd', () => {
	it('lists the items in order, with absolute URLs, as the page’s main entity', () => {
		const page = collectionPageJsonLd({
			name: 'Stories',
			description: 'All of them',
			path: '/stories/',
			items: [
				{ path: '/stories/cambodia/', name: 'Cambodia' },
				{ path: '/stories/sao-paulo/', name: 'São Paulo (Brazil)' },
			],
		});
		expect(page).toMatchObject({
			'@type': 'CollectionPage',
			url: absoluteUrl('/stories/'),
			mainEntity: { '@type': 'ItemList', numberOfItems: 2 },
		});
		expect(page.mainEntity).toMatchObject({
			itemListElement: [
				{ position: 1, url: absoluteUrl('/stories/cambodia/'), name: 'Cambodia' },
				{ position: 2, name: 'São Paulo (Brazil)' },
			],
		});
	});

	it('names no list when the page gives none', () => {
		expect(
			collectionPageJsonLd({ name: 'A', description: 'B', path: '/regions/africa/' }),
		).not.toHaveProperty('mainEntity');
	});
});

describe('JSON-LD of a French page', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('gives the French page’s URL, given its route (round 7)', () => {
		overwriteGetLocale(() => 'fr');
		const page = collectionPageJsonLd({
			name: 'Histoires',
			description: 'Toutes',
			path: '/stories/',
			items: [{ path: '/fr/stories/brazil/', name: 'São Paulo (Brésil)' }],
		});
		expect(page.url).toBe(absoluteUrl('/fr/stories/'));
		expect(page.mainEntity).toMatchObject({
			itemListElement: [{ url: absoluteUrl('/fr/stories/brazil/') }],
		});
		expect(websiteJsonLd({ name: 'Site', path: '/fr/' }).url).toBe(absoluteUrl('/fr/'));
	});

	it('credits the booklet to the OIM, as French says IOM (round 7)', () => {
		overwriteGetLocale(() => 'fr');
		expect(websiteJsonLd({ name: 'Site', path: '/' }).description).toContain('(OIM, 2021)');
	});
});

describe('datasetJsonLd in French and Spanish', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));
	const files = [
		{ href: '/data/stories.csv', name: 'stories.csv', encodingFormat: 'text/csv', size: 10 },
	];

	it('names the dataset and its maker as its citation does, on the page of its language (round 7)', () => {
		for (const locale of ['fr', 'es'] as const) {
			overwriteGetLocale(() => locale);
			const dataset = datasetJsonLd({ description: 'D', files });
			const citation = datasetCitation();
			const { name, creator } = dataset as { name: string; creator: { name: string } };
			expect(citation.startsWith(`${creator.name} (`)).toBe(true);
			expect(creator.name).not.toMatch(/IOM|OIM|International Organization/);
			expect(citation).toContain(`. ${name} (`);
			expect(dataset.url).toBe(absoluteUrl(`/${locale}/data/`));
			expect(dataset.isBasedOn).toMatchObject({
				'@type': 'Book',
				name: publication.title,
				publisher: { name: publication.publisher },
			});
		}
	});

	it('gives its regions and keywords in the page’s language (round 7)', () => {
		overwriteGetLocale(() => 'fr');
		const dataset = datasetJsonLd({ description: 'D', files });
		expect(dataset.spatialCoverage).toContainEqual({ '@type': 'Place', name: 'Afrique' });
		expect(dataset.spatialCoverage).not.toContainEqual({ '@type': 'Place', name: 'Africa' });
		expect(dataset.keywords).toContain('gouvernance des migrations');
		expect(dataset.keywords).not.toMatch(/migration governance|IOM/);
		expect(JSON.parse(serializeJsonLd(dataset))).toEqual(dataset);
	});
});

describe('websiteJsonLd', () => {
	it('describes the site by the booklet it is built on, from core’s data', () => {
		expect(websiteJsonLd({ name: 'Site', path: '/' })).toEqual({
			'@context': 'https://schema.org',
			'@type': 'WebSite',
			name: 'Site',
			url: absoluteUrl('/'),
			description: `The ${stories.length} success stories of “${publication.title}” (IOM, 2021) as open data.`,
			inLanguage: 'en',
			isBasedOn: [
				{
					'@type': 'Book',
					name: publication.title,
					isbn: ['978-92-9268-019-0', '978-92-9268-020-6'],
					datePublished: '2021',
					publisher: { '@type': 'Organization', name: 'International Organization for Migration' },
				},
			],
		});
	});
});
