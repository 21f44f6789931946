/** @module citations as formatted references: the cited work's title is set apart to be italicized */
import type { ReferenceParts, ReferenceRun } from '$lib/types';

/**
 * Cuts a citation into runs: the cited work's `title` and the `english` words (the booklet's, in a
 * citation written in another `lang`) set apart wherever they occur, in order.
 */
export function referenceParts(
	citation: string,
	title: string,
	{ lang = 'en', english = [] }: { lang?: string; english?: readonly string[] } = {},
): ReferenceParts {
	const marked = [title, ...english].filter((text) => text !== '');
	const foreign = lang === 'en' ? {} : { lang: 'en' };
	const runs: ReferenceRun[] = [];
	let rest = citation;
	while (rest !== '') {
		const next = marked
			.map((text) => ({ text, at: rest.indexOf(text) }))
			.filter(({ at }) => at >= 0)
			.sort((a, b) => a.at - b.at)[0];
		if (!next) {
			runs.push({ text: rest });
			break;
		}
		if (next.at > 0) runs.push({ text: rest.slice(0, next.at) });
		runs.push({ text: next.text, ...(next.text === title && { cite: true }), ...foreign });
		rest = rest.slice(next.at + next.text.length);
	}
	return { lang, runs };
}
