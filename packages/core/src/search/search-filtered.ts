/** @module the filters of the main entry with a full-text query: what `filterStories({ query })` was */
import { checkOptions } from '../arguments.js';
import { governments, stories } from '../data.js';
import {
	GOVERNMENT_FILTER_KEYS,
	type GovernmentFilter,
	selectGovernments,
} from '../governments/filter-governments.js';
import { CODE_KINDS, governmentId, lookupExact, nameIndex } from '../governments/name-index.js';
import { STORY_FILTER_KEYS, type StoryFilter, selectStories } from '../stories/filter-stories.js';
import type { Government, Story } from '../types.js';
import { search } from './search.js';

/** A full-text query, ranking what a filter selects by relevance; blank, it keeps their order. */
export interface QueryOption {
	query?: string | undefined;
}

/**
 * The stories `filterStories` selects, and with `query` only those search finds, by relevance.
 * @throws ArgumentError as `filterStories` does, naming `searchStories`
 * @example searchStories({ query: 'tuberculosis', region: 'Asia' }).map((s) => s.slug) // ['cambodia']
 */
export function searchStories(options: StoryFilter & QueryOption = {}): Story[] {
	const args = checkOptions('searchStories', options, [...STORY_FILTER_KEYS, 'query'], {
		optional: true,
		primary: 'query',
	});
	const query = args.optionalString('query')?.trim();
	const selected = selectStories('searchStories', args);
	if (!query) return selected;
	const rank = new Map(
		search({ query, kinds: ['story'], limit: stories.length }).map((hit, at) => [hit.id, at]),
	);
	return selected
		.filter((story) => rank.has(story.slug))
		.sort((a, b) => (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0));
}

/**
 * The governments `filterGovernments` selects, and with `query` only those search finds over their
 * names and regions, by relevance, after the one whose code (alpha-3, alpha-2, numeric or local
 * authority id) the query is, if any.
 * @throws ArgumentError as `filterGovernments` does, naming `searchGovernments`
 * @example searchGovernments({ query: 'Moldavie', kind: 'country' })[0]?.bookletName // 'Republic of Moldova'
 */
export function searchGovernments(options: GovernmentFilter & QueryOption = {}): Government[] {
	const args = checkOptions('searchGovernments', options, [...GOVERNMENT_FILTER_KEYS, 'query'], {
		optional: true,
		primary: 'query',
	});
	const query = args.optionalString('query')?.trim();
	if (!query) return selectGovernments(args, governments);
	// a code (BRA, BR, 076, br-sao-paulo) is not a word the full-text index holds: matched exactly, first
	const coded = lookupExact(nameIndex(), query)
		.filter((entry) => CODE_KINDS.has(entry.matchedOn))
		.map((entry) => entry.target);
	const found = search({ query, kinds: ['government'], limit: governments.length }).flatMap((hit) =>
		governments.filter((government) => governmentId(government) === hit.id),
	);
	return selectGovernments(args, [...new Set([...coded, ...found])]);
}
