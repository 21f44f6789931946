import { publication, stories } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './config';
import { collectionPageJsonLd, serializeJsonLd, storyJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
	it('cannot close the script element', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & more' });
		expect(json).not.toMatch(/[<>&]/);
		expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & more' });
	});
});

describe('storyJsonLd', () => {
	it('describes a story as an article of the booklet, from core’s data', () => {
		const story = stories[0];
		if (!story) throw new Error('no story');
		const article = storyJsonLd(story, { headline: 'H', name: 'N', url: 'https://x.test/s/' });
		expect(article).toMatchObject({
			'@type': 'Article',
			headline: 'H',
			articleBody: story.text,
			pageStart: story.page,
			url: 'https://x.test/s/',
			isPartOf: { '@type': 'Book', name: publication.title },
		});
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
