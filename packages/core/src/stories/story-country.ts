import { countries } from '../data.js';
import type { Country } from '../schema/government.js';
import type { Story } from '../schema/story.js';

/** The participating country a story is about (the dataset guarantees there is one). */
export function storyCountry(story: Pick<Story, 'country' | 'slug'>): Country {
	const country = countries.find((candidate) => candidate.alpha3 === story.country);
	if (!country) throw new Error(`story ${story.slug} has no participating country`);
	return country;
}
