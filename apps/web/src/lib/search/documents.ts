/** @module the documents of the client-side search, as core's search indexes them */

export type SearchKind = 'story' | 'government';

export interface SearchDocument {
	key: string;
	kind: SearchKind;
	id: string;
	title: string;
	body: string;
	names: string;
	context: string;
	href: string;
}

export interface SearchIndexFile {
	version: string;
	documents: SearchDocument[];
}
