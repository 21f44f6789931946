/** @module the words naming where a search hit's words come from, in the page's language */
import { m } from '$lib/paraglide/messages';

/**
 * The `data-match-*` templates of an element the search scripts (and the site's server) read, one
 * per source of `hitMatch`.
 */
export const matchTemplates = () => ({
	'data-match-text': m.search_match_text(),
	'data-match-caption': m.search_match_caption(),
	'data-match-tag': m.search_match_tag(),
	'data-match-region': m.search_match_region(),
	'data-match-name': m.search_match_name(),
	'data-match-theme': m.search_match_theme(),
	'data-match-caption-theme': m.search_match_caption_theme(),
});
