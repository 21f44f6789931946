import { checkOptions } from '../arguments.js';
import { countries, localAuthorities } from '../data.js';
import { ArgumentError } from '../errors.js';
import type { Story } from '../schema/story.js';
import type { Country, LocalAuthority } from '../types.js';

const checkStory = (
	fn: string,
	story: unknown,
): Pick<Story, 'country' | 'slug' | 'localAuthority'> =>
	checkOptions(fn, { story }, ['story']).record('story', 'slug', 'a story of the dataset');

/** The participating country a story is about (the dataset guarantees there is one). */
export function storyCountry(story: Pick<Story, 'country' | 'slug'>): Country {
	const { country: alpha3, slug } = checkStory('storyCountry', story);
	const country = countries.find((candidate) => candidate.alpha3 === alpha3);
	if (!country) throw new ArgumentError('storyCountry', 'story', 'a story of the dataset', slug);
	return country;
}

/** The local authority a local story is about; `null` for a national story. */
export function localAuthorityOf(
	story: Pick<Story, 'localAuthority' | 'slug'>,
): LocalAuthority | null {
	const { localAuthority } = checkStory('localAuthorityOf', story);
	if (localAuthority === null) return null;
	const authority = localAuthorities.find((candidate) => candidate.id === localAuthority);
	if (!authority)
		throw new ArgumentError('localAuthorityOf', 'story', 'a story of the dataset', story.slug);
	return authority;
}
