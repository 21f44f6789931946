import { describe, expect, it } from 'vitest';
import { countryOf } from '../governments/country-of.js';
import { findStory, requireStory } from './find-story.js';
import { localAuthorityOf } from './local-authority-of.js';

describe('requireStory', () => {
	it('returns the story, ignoring case', () => {
		expect(requireStory({ slug: 'CAMBODIA' }).page).toBe(4);
	});

	it('throws for an unknown slug, listing the slugs', () => {
		expect(() => requireStory({ slug: 'france' })).toThrow(
			/^requireStory: slug must be one of "albania", "bangladesh", .*"zambia"; got "france"$/,
		);
	});
});

describe('findStory arguments', () => {
	it('asks for one options object', () => {
		// @ts-expect-error: a bare slug
		expect(() => findStory('albania')).toThrow(
			'findStory: options must be one options object { slug }; got "albania"',
		);
	});
});

describe('story relations', () => {
	it('gives a local story its local authority and a national story none', () => {
		expect(localAuthorityOf(requireStory({ slug: 'brazil' }))?.bookletName).toBe('São Paulo');
		expect(localAuthorityOf(requireStory({ slug: 'albania' }))).toBeUndefined();
	});

	it('gives a story its country', () => {
		expect(countryOf(requireStory({ slug: 'brazil' })).alpha3).toBe('BRA');
	});

	it('names a bad story argument', () => {
		// @ts-expect-error: a slug is not a story
		expect(() => countryOf('brazil')).toThrow(
			'countryOf: record must be a participating government (from governments, findGovernment or governmentById); got "brazil"',
		);
		// @ts-expect-error: a slug is not a story
		expect(() => localAuthorityOf('brazil')).toThrow(
			'localAuthorityOf: story must be a story of the dataset (from stories, findStory or requireStory); got "brazil"',
		);
	});
});
