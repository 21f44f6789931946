/** @module citations as formatted references: the cited work's title is set apart to be italicized */
import type { ReferenceParts } from '$lib/types';

/** Cuts a citation around the first occurrence of `title`; without it, the whole text comes first. */
export function referenceParts(citation: string, title: string): ReferenceParts {
	const at = title ? citation.indexOf(title) : -1;
	if (at < 0) return { before: citation, title: '', after: '' };
	return {
		before: citation.slice(0, at),
		title,
		after: citation.slice(at + title.length),
	};
}
