import { checkArgument } from '../arguments.js';
import { countries } from '../data.js';
import { ArgumentError } from '../errors.js';
import type { Country, Government, Story } from '../types.js';

/**
 * The participating country a story or a government belongs to: a country is its own, a local
 * authority's and a story's is the country they are in (the dataset guarantees there is one).
 * @example countryOf(requireStory({ slug: 'brazil' })).alpha3 // 'BRA'
 * @example countryOf(governmentById({ id: 'br-sao-paulo' })).bookletName // 'Brazil'
 */
export function countryOf(record: Story | Government): Country {
	const args = checkArgument('countryOf', 'record', record);
	const isStory = typeof record === 'object' && record !== null && 'slug' in record;
	const checked = isStory ? args.story('record') : args.government('record');
	if ('kind' in checked && checked.kind === 'country') return checked;
	const country = countries.find((candidate) => candidate.alpha3 === checked.country);
	if (!country) {
		throw new ArgumentError(
			'countryOf',
			'record',
			'a story or a participating government of the dataset',
			record,
		);
	}
	return country;
}
