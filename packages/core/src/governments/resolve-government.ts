import MiniSearch from 'minisearch';
import { governments } from '../data.js';
import type { Government } from '../schema/government.js';
import { searchDefaults } from '../search/tokenize.js';
import { normalizeName } from '../text/normalize.js';
import { governmentId, type MatchKind, nameIndex, namesOf } from './name-index.js';

export interface ResolveCandidate {
	government: Government;
	/** a country's alpha-3 or a local authority's id */
	id: string;
	/** how the query matched: exactly on a code or name, or approximately (`fuzzy`) */
	matchedOn: MatchKind | 'fuzzy';
	/** the code or name that matched, as the dataset spells it */
	matched: string;
	/** 1 for an exact code, a little less for exact names, below 0.8 for approximate matches */
	score: number;
}

export interface Resolution {
	query: string;
	candidates: ResolveCandidate[];
	/** true when more than one government fits the query about equally well */
	ambiguous: boolean;
}

const EXACT_SCORE: Record<MatchKind, number> = {
	alpha3: 1,
	alpha2: 1,
	numeric: 1,
	id: 1,
	'booklet-name': 0.98,
	name: 0.97,
	'official-name': 0.95,
	'alt-name': 0.9,
};
const FUZZY_CEILING = 0.8;
const CLOSE_CALL = 0.9;

interface NameDocument {
	key: number;
	name: string;
	government: Government;
}

let fuzzyIndex: { index: MiniSearch<NameDocument>; documents: NameDocument[] } | undefined;
function namesSearch() {
	if (fuzzyIndex) return fuzzyIndex;
	const documents = governments
		.flatMap((government) => namesOf(government).map((name) => ({ name, government })))
		.map((document, key) => ({ ...document, key }));
	const index = new MiniSearch<NameDocument>({
		...searchDefaults,
		idField: 'key',
		fields: ['name'],
		searchOptions: { prefix: true, fuzzy: 0.3, combineWith: 'AND' },
	});
	index.addAll(documents);
	fuzzyIndex = { index, documents };
	return fuzzyIndex;
}

function fuzzyCandidates(query: string): ResolveCandidate[] {
	const { index, documents } = namesSearch();
	const best = new Map<Government, ResolveCandidate>();
	const results = index.search(query);
	const top = results[0]?.score ?? 1;
	for (const result of results) {
		const document = documents[result.id as number];
		if (!document || best.has(document.government)) continue;
		best.set(document.government, {
			government: document.government,
			id: governmentId(document.government),
			matchedOn: 'fuzzy',
			matched: document.name,
			score: Math.round((result.score / top) * FUZZY_CEILING * 1000) / 1000,
		});
	}
	return [...best.values()];
}

/**
 * Ranks the governments a name, code, alias or misspelling may refer to, saying what each matched on.
 * @example resolveGovernment({ query: 'Moldavia' }).candidates[0]?.id // 'MDA'
 */
export function resolveGovernment({
	query,
	limit = 5,
}: {
	query: string;
	limit?: number;
}): Resolution {
	const exact = (nameIndex().get(normalizeName(query)) ?? []).map((entry) => ({
		government: entry.government,
		id: governmentId(entry.government),
		matchedOn: entry.matchedOn,
		matched: entry.matched,
		score: EXACT_SCORE[entry.matchedOn],
	}));
	const candidates = (exact.length > 0 ? exact : fuzzyCandidates(query))
		.sort((a, b) => b.score - a.score)
		.slice(0, limit);
	const [first, second] = candidates;
	const ambiguous =
		first !== undefined && second !== undefined && second.score >= first.score * CLOSE_CALL;
	return { query, candidates, ambiguous };
}
