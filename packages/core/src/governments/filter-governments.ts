import { checkOptions, type OptionChecks } from '../arguments.js';
import { governments } from '../data.js';
import { optionalEdition } from '../editions.js';
import { checkAreaFilters, M49_LEVELS, matchesArea } from '../geography/m49.js';
import type { EditionId, Government } from '../types.js';
import { countryOf } from './country-of.js';
import { ownStoriesOf } from './stories-of.js';

type OneOrMany = string | readonly string[];

/** Government filters: values within one filter are alternatives (OR); different filters all apply (AND). */
export interface GovernmentFilter {
	kind?: 'country' | 'local' | undefined;
	/** the country's UN M49 region, sub-region or intermediate region (name or M49 code), for local authorities too */
	region?: OneOrMany | undefined;
	subregion?: OneOrMany | undefined;
	intermediateRegion?: OneOrMany | undefined;
	/** only governments with (true) or without (false) a success story of their own (`ownStoriesOf`): Brazil has none, São Paulo has one */
	hasStory?: boolean | undefined;
	/** the edition of the booklet that lists them, one of `EDITIONS`: every edition's when absent */
	edition?: EditionId | undefined;
}

const KINDS = ['country', 'local'] as const;
/** The options of `filterGovernments`. */
export const GOVERNMENT_FILTER_KEYS: readonly string[] = [
	'kind',
	'region',
	'subregion',
	'intermediateRegion',
	'hasStory',
	'edition',
];

/**
 * Filters the participating governments: countries, then local authorities (`searchGovernments` at
 * `@mgi-stories/core/search` adds a full-text `query` ranked by relevance). An unknown option, region
 * or kind, or a value of the wrong type, is an error naming it.
 * @example filterGovernments({ kind: 'local', region: 'Africa' }).length // 9
 */
export function filterGovernments(filter: GovernmentFilter = {}): Government[] {
	const args = checkOptions('filterGovernments', filter, GOVERNMENT_FILTER_KEYS, {
		optional: true,
	});
	return selectGovernments(args, governments);
}

/**
 * Those of `candidates` a filter selects, in their order, its options checked on behalf of the
 * function called (`filterGovernments`, or `searchGovernments` with `query` besides).
 */
export function selectGovernments(
	args: OptionChecks,
	candidates: readonly Government[],
): Government[] {
	const kind = args.optionalOneOf('kind', KINDS);
	const areas = checkAreaFilters(args);
	const hasStory = args.optionalBoolean('hasStory');
	const edition = optionalEdition(args);
	return candidates.filter((government) => {
		const country = countryOf(government);
		return (
			(edition === undefined || government.edition === edition) &&
			(!kind || government.kind === kind) &&
			M49_LEVELS.every((level) => matchesArea(country, level, areas[level])) &&
			(hasStory === undefined || ownStoriesOf(government).length > 0 === hasStory)
		);
	});
}
