import { checkArgument } from '../arguments.js';
import { stories } from '../data.js';
import type { Government, Story } from '../types.js';

/**
 * The stories about a government: a country's include those of its local authorities.
 * @example storiesOf(governmentById({ id: 'BRA' })).map((story) => story.slug) // ['brazil']
 */
export function storiesOf(government: Government): Story[] {
	const checked = checkArgument('storiesOf', 'government', government).government('government');
	return checked.kind === 'country'
		? stories.filter((story) => story.country === checked.alpha3)
		: stories.filter((story) => story.localAuthority === checked.id);
}

/**
 * The stories about the government itself: a country's national stories, a local authority's own.
 * This is what "has a success story" means everywhere (filters, counts, `datasetStats`): the booklet's
 * São Paulo story is São Paulo's, so Brazil has none of its own and the 19 stories are 18 countries'
 * and one local authority's.
 * @example ownStoriesOf(governmentById({ id: 'BRA' })) // []
 */
export function ownStoriesOf(government: Government): Story[] {
	const checked = checkArgument('ownStoriesOf', 'government', government).government('government');
	return checked.kind === 'country'
		? stories.filter((story) => story.level === 'national' && story.country === checked.alpha3)
		: stories.filter((story) => story.localAuthority === checked.id);
}
