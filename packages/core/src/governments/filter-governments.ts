import { governments } from '../data.js';
import type { Government } from '../schema/government.js';
import { search } from '../search/search.js';
import { normalizeName } from '../text/normalize.js';
import { countryOf } from './country-of.js';
import { governmentId } from './name-index.js';
import { storiesOf } from './stories-of.js';

type OneOrMany = string | readonly string[];

/** Government filters: values within one filter are alternatives (OR); different filters all apply (AND). */
export interface GovernmentFilter {
	/** full-text query over names and regions; results keep search relevance order */
	q?: string;
	kind?: 'country' | 'local';
	/** the country's region and sub-region, for local authorities too */
	region?: OneOrMany;
	subregion?: OneOrMany;
	/** only governments with (true) or without (false) a success story */
	hasStory?: boolean;
}

const asList = (value: OneOrMany | undefined) => (typeof value === 'string' ? [value] : value);
const matchesAny = (candidate: string, wanted: readonly string[] | undefined) =>
	!wanted || wanted.some((value) => normalizeName(value) === normalizeName(candidate));

/**
 * Filters the participating governments (countries, then local authorities, unless `q` ranks them).
 * @example filterGovernments({ kind: 'local', region: 'Africa' }).length // 9
 */
export function filterGovernments(filter: GovernmentFilter = {}): Government[] {
	const region = asList(filter.region);
	const subregion = asList(filter.subregion);
	const q = filter.q?.trim();
	const candidates = q
		? search({ query: q, kinds: ['government'], limit: governments.length }).flatMap((hit) =>
				governments.filter((government) => governmentId(government) === hit.id),
			)
		: governments;
	return candidates.filter((government) => {
		const country = countryOf(government);
		return (
			(!filter.kind || government.kind === filter.kind) &&
			matchesAny(country.region, region) &&
			matchesAny(country.subregion, subregion) &&
			(filter.hasStory === undefined || storiesOf(government).length > 0 === filter.hasStory)
		);
	});
}
