/** @module the documents of the client-side search: core's search documents, each with its page */
import type {
	SearchDocument as CoreSearchDocument,
	Locale,
	SearchKind,
	StoryTheme,
} from '@mgi-stories/core/search';

export type { SearchKind };

/**
 * A tag of our classification, or a UN M49 region, as a hit may have matched it: its label in each
 * language and every text search indexes for it.
 */
export interface MatchableLabel {
	label: Record<Locale, string>;
	texts: readonly string[];
}

export interface SearchDocument extends CoreSearchDocument {
	href: string;
	/** a story's tags (none for a government) */
	tags: MatchableLabel[];
	/** the UN M49 regions of the story's or government's country */
	regions: MatchableLabel[];
	/** a country's or a story's names (its title and other names) → the languages the data records each in ("Ivory Coast" → en) */
	nameLanguages?: Record<string, readonly Locale[] | readonly string[]>;
	/** a local authority as the site names it, in each language (« Montréal (Canada) ») */
	shownName?: Record<Locale, string>;
	/** the themes a story's text names (core's `storyThemes`): the passage a hit found through one of them shows */
	themes?: readonly StoryTheme[];
}

export interface SearchIndexFile {
	version: string;
	documents: SearchDocument[];
}
