/**
 * @module "did you mean" for a 404: the participating governments core's resolver finds for a
 * misspelt code, name or slug. Suggestions only: the request still fails, and says so.
 */
import type { Government } from '@mgi-stories/core';
import { loadResolver } from '../lazy/load.js';
import type { Suggestion } from '../problem.js';

const MAX_SUGGESTIONS = 3;

/** What a 404 says of a code, name or slug that names nothing: its suggestions and a sentence. */
export interface UnknownTarget {
	/** the participants the resolver finds, best first */
	suggestions: Suggestion[];
	/** " Did you mean …?", or that it names a country that did not take part, or nothing */
	hint: string;
}

/**
 * What the resolver makes of `text` (a slug's hyphens read as spaces; a local authority id such as
 * `br-sao-paolo` also without its country prefix): the participants it may mean, or the
 * non-participating country it names exactly ("usa").
 */
export async function unknownTarget(
	text: string,
	toSuggestion: (government: Government) => readonly Omit<Suggestion, 'matched' | 'score'>[],
): Promise<UnknownTarget> {
	const { resolveGovernment } = await loadResolver();
	const local = /^[a-z]{2}-(.+)$/i.exec(text)?.[1];
	const [whole, ...rest] = [text, ...(local ? [local] : [])].map((query) =>
		resolveGovernment({ query: query.replaceAll('-', ' ').slice(0, 200), limit: MAX_SUGGESTIONS }),
	);
	if (!whole) return { suggestions: [], hint: '' };
	const candidates = [whole, ...rest]
		.flatMap((resolution) => resolution.candidates)
		.sort((a, b) => b.score - a.score);
	const seen = new Set<string>();
	const suggestions: Suggestion[] = [];
	for (const candidate of candidates) {
		if (!candidate.participant) continue;
		const { government, matched, score } = candidate;
		for (const suggestion of toSuggestion(government)) {
			if (seen.has(suggestion.value)) continue;
			seen.add(suggestion.value);
			suggestions.push({ ...suggestion, matched, score });
		}
	}
	const [best] = whole.candidates;
	const outsider =
		suggestions.length === 0 &&
		best &&
		!best.participant &&
		!whole.ambiguous &&
		best.matchedOn !== 'partial' &&
		best.matchedOn !== 'fuzzy'
			? best
			: undefined;
	return {
		suggestions: suggestions.slice(0, MAX_SUGGESTIONS),
		hint: outsider
			? ` "${text}" is ${outsider.country.name} (${outsider.country.alpha3}), a country the booklet does not list among the governments that took part (2016–2021).`
			: didYouMean(suggestions.slice(0, MAX_SUGGESTIONS)),
	};
}

/** " Did you mean …? (a suggestion from the resolver, not an answer)" or nothing. */
function didYouMean(suggestions: readonly Suggestion[]): string {
	if (suggestions.length === 0) return '';
	const values = suggestions.map((suggestion) => `"${suggestion.value}"`).join(' or ');
	return ` Did you mean ${values}? (A suggestion from the name resolver, not an answer: see suggestions.)`;
}
