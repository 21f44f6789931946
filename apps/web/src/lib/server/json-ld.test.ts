import { publication, stories } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { serializeJsonLd, storyJsonLd } from './json-ld';

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
