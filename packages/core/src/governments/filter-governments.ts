import { checkOptions } from '../arguments.js';
import { governments } from '../data.js';
import { checkAreaFilters, M49_LEVELS, matchesArea } from '../geography/m49.js';
import { search } from '../search/search.js';
import type { Government } from '../types.js';
import { countryOf } from './country-of.js';
import { governmentId } from './name-index.js';
import { ownStoriesOf } from './stories-of.js';

type OneOrMany = string | readonly string[];

/** Government filters: values within one filter are alternatives (OR); different filters all apply (AND). */
export interface GovernmentFilter {
	/** full-text query over names and regions; results keep search relevance order */
	query?: string | undefined;
	kind?: 'country' | 'local' | undefined;
	/** the country's UN M49 region, sub-region or intermediate region (name or M49 code), for local authorities too */
	region?: OneOrMany | undefined;
	subregion?: OneOrMany | undefined;
	intermediateRegion?: OneOrMany | undefined;
	/** only governments with (true) or without (false) a success story of their own (`ownStoriesOf`): Brazil has none, São Paulo has one */
	hasStory?: boolean | undefined;
}

const KINDS = ['country', 'local'] as const;
const FILTER_KEYS = ['query', 'kind', 'region', 'subregion', 'intermediateRegion', 'hasStory'];

/**
 * Filters the participating governments (countries, then local authorities, unless `query` ranks them).
 * An unknown option, region or kind, or a value of the wrong type, is an error naming it.
 * @example filterGovernments({ kind: 'local', region: 'Africa' }).length // 9
 */
export function filterGovernments(filter: GovernmentFilter = {}): Government[] {
	const args = checkOptions('filterGovernments', filter, FILTER_KEYS, { optional: true });
	const query = args.optionalString('query')?.trim();
	const kind = args.optionalOneOf('kind', KINDS);
	const areas = checkAreaFilters(args);
	const hasStory = args.optionalBoolean('hasStory');
	const candidates = query
		? search({ query, kinds: ['government'], limit: governments.length }).flatMap((hit) =>
				governments.filter((government) => governmentId(government) === hit.id),
			)
		: governments;
	return candidates.filter((government) => {
		const country = countryOf(government);
		return (
			(!kind || government.kind === kind) &&
			M49_LEVELS.every((level) => matchesArea(country, level, areas[level])) &&
			(hasStory === undefined || ownStoriesOf(government).length > 0 === hasStory)
		);
	});
}
