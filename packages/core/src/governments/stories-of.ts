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
