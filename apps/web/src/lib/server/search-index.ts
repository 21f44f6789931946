/** @module the client search's documents: core's own search documents, each with the page it links to */
import { governmentById } from '@mgi-stories/core';
import { searchDocuments } from '@mgi-stories/core/search';
import type { SearchDocument } from '$lib/search/documents';
import { governmentPath, storyPath } from './paths';

export function clientSearchDocuments(): SearchDocument[] {
	return searchDocuments().map((document) => {
		const government =
			document.kind === 'government' ? governmentById({ id: document.id }) : undefined;
		return { ...document, href: government ? governmentPath(government) : storyPath(document.id) };
	});
}
