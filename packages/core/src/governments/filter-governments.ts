import { governments } from '../data.js';
import { inM49Area } from '../geography/m49.js';
import type { Government } from '../schema/government.js';
import { search } from '../search/search.js';
import { countryOf } from './country-of.js';
import { governmentId } from './name-index.js';
import { storiesOf } from './stories-of.js';

type OneOrMany = string | readonly string[];

/** Government filters: values within one filter are alternatives (OR); different filters all apply (AND). */
export interface GovernmentFilter {
	/** full-text query over names and regions; results keep search relevance order */
	q?: string;
	kind?: 'country' | 'local';
	/** the country's UN M49 region, sub-region or intermediate region (name or M49 code), for local authorities too */
	region?: OneOrMany;
	subregion?: OneOrMany;
	intermediateRegion?: OneOrMany;
	/** only governments with (true) or without (false) a success story */
	hasStory?: boolean;
}

const asList = (value: OneOrMany | undefined) => (typeof value === 'string' ? [value] : value);

/**
 * Filters the participating governments (countries, then local authorities, unless `q` ranks them).
 * @example filterGovernments({ kind: 'local', region: 'Africa' }).length // 9
 */
export function filterGovernments(filter: GovernmentFilter = {}): Government[] {
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
			inM49Area(country, 'region', asList(filter.region)) &&
			inM49Area(country, 'subregion', asList(filter.subregion)) &&
			inM49Area(country, 'intermediateRegion', asList(filter.intermediateRegion)) &&
			(filter.hasStory === undefined || storiesOf(government).length > 0 === filter.hasStory)
		);
	});
}
