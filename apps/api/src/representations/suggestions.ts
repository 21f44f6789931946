/**
 * @module "did you mean" for a 404: the participating governments core's resolver finds for a
 * misspelt code, name or slug. Suggestions only: the request still fails, and says so.
 */
import type { Government } from '@mgi-stories/core';
import { loadResolver } from '../lazy/load.js';
import type { Suggestion } from '../problem.js';

const MAX_SUGGESTIONS = 3;

/** The participants the resolver finds for `text` (a slug's hyphens read as spaces), best first. */
export async function resolveSuggestions(
	text: string,
	toSuggestion: (government: Government) => readonly Omit<Suggestion, 'matched' | 'score'>[],
): Promise<Suggestion[]> {
	const { resolveGovernment } = await loadResolver();
	const { candidates } = resolveGovernment({
		query: text.replaceAll('-', ' ').slice(0, 200),
		limit: MAX_SUGGESTIONS,
	});
	const seen = new Set<string>();
	const suggestions: Suggestion[] = [];
	for (const { government, matched, score } of candidates) {
		if (!government) continue;
		for (const suggestion of toSuggestion(government)) {
			if (seen.has(suggestion.value)) continue;
			seen.add(suggestion.value);
			suggestions.push({ ...suggestion, matched, score });
		}
	}
	return suggestions.slice(0, MAX_SUGGESTIONS);
}

/** " Did you mean …? (a suggestion from the resolver, not an answer)" or nothing. */
export function didYouMean(suggestions: readonly Suggestion[]): string {
	if (suggestions.length === 0) return '';
	const values = suggestions.map((suggestion) => `"${suggestion.value}"`).join(' or ');
	return ` Did you mean ${values}? (A suggestion from the name resolver, not an answer: see suggestions.)`;
}
