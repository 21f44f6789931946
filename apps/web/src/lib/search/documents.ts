/** @module the documents of the client-side search: core's search documents, each with its page */
import type { SearchDocument as CoreSearchDocument, SearchKind } from '@mgi-stories/core/search';

export type { SearchKind };

export interface SearchDocument extends CoreSearchDocument {
	href: string;
}

export interface SearchIndexFile {
	version: string;
	documents: SearchDocument[];
}
