/**
 * @module a search hit's reason in the browser, as the site's server writes it
 * (server/search-results.js): where its words come from, in the page's words (`data-match-*`
 * templates), then the words, those that matched marked
 */
import { type HitMatch, matchTemplate, wordsLanguage } from '../search/match-source';
import { fillData } from './template';

function span(className: string, ...children: (Node | string)[]): HTMLSpanElement {
	const created = document.createElement('span');
	created.className = className;
	created.append(...children);
	return created;
}

/**
 * The reason's nodes: its source, named from `templates`, and its words.
 * @param language the page's language, for the source's name and a label's words
 */
export function matchNodes(
	match: HitMatch,
	templates: HTMLElement,
	language: string,
): (Node | string)[] {
	const source = span('match-source', fillData(templates, matchTemplate(match.source)));
	source.lang = language;
	const words = span(
		'match-words',
		...match.snippet.map((segment) => {
			if (!segment.highlight) return segment.text;
			const mark = document.createElement('mark');
			mark.textContent = segment.text;
			return mark;
		}),
	);
	const wordsIn = wordsLanguage(match, language);
	if (wordsIn !== undefined) words.lang = wordsIn;
	return [source, ' ', words];
}
