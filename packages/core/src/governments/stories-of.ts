import { stories } from '../data.js';
import type { Government } from '../schema/government.js';
import type { Story } from '../schema/story.js';

/** The stories about a government: a country's include those of its local authorities. */
export function storiesOf(government: Government): Story[] {
	return government.kind === 'country'
		? stories.filter((story) => story.country === government.alpha3)
		: stories.filter((story) => story.localAuthority === government.id);
}
