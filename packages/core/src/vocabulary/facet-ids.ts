/** The facets of the classification, in the vocabulary's order; the schema requires exactly these. */
export const FACET_IDS = Object.freeze([
	'outcome',
	'topic',
	'framework',
	'domain',
	'gcmObjective',
] as const);
