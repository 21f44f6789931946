import { type Locale, search } from '@mgi-stories/core/search';
import { describe, expect, it } from 'vitest';
import { clientSearchDocuments } from '$lib/server/search-index';
import { hitMatch } from './match';
import { matchTemplate, wordsLanguage } from './match-source';

const documents = new Map(clientSearchDocuments().map((document) => [document.key, document]));

/** why the first hit of `query` (of `kind`) matched */
function firstMatch(query: string, locale: Locale, kind: 'story' | 'government' = 'story') {
	const [hit] = search({ query, locale, kinds: [kind] });
	const document = hit && documents.get(`${hit.kind}:${hit.id}`);
	if (!hit || !document) throw new Error(`nothing found for ${query}`);
	return { id: hit.id, ...hitMatch(hit, document, locale) };
}

const markedWords = (match: { snippet: { text: string; highlight: boolean }[] }) =>
	match.snippet.filter((segment) => segment.highlight).map((segment) => segment.text);

describe('hitMatch', () => {
	it('quotes the story’s text around the words that matched', () => {
		const match = firstMatch('trafficking', 'fr');
		expect(match).toMatchObject({ id: 'uruguay', source: 'text' });
		expect(markedWords(match).map((word) => word.toLowerCase())).toContain('trafficking');
		expect(documents.get('story:uruguay')?.body).toContain(
			match.snippet
				.map((segment) => segment.text)
				.join('')
				.replace(/^…|…$/g, ''),
		);
	});

	it('quotes the photo caption when only the caption has the word', () => {
		const match = firstMatch('Elbasan', 'en');
		expect(match).toMatchObject({ id: 'albania', source: 'caption' });
		expect(markedWords(match)).toEqual(['Elbasan']);
	});

	it('names the tag of our classification, in the reader’s language, when a synonym of it matched', () => {
		const match = firstMatch('sanidad', 'es');
		const tags = documents.get(`story:${match.id}`)?.tags ?? [];
		expect(match.source).toBe('tag');
		expect(match.snippet).toEqual([{ text: 'Salud', highlight: true }]);
		expect(tags.map((tag) => tag.label.es)).toContain('Salud');
	});

	/** the match of `id`'s hit for `query` */
	function matchOf(query: string, locale: Locale, id: string) {
		const [hit] = search({ query, locale }).filter((each) => each.id === id);
		const document = documents.get(`story:${id}`);
		if (!hit || !document) throw new Error(`${query} finds no story ${id}`);
		return { document, match: hitMatch(hit, document, locale) };
	}

	it('shows the passage of the story’s text that names the theme found through another word, its words marked (round 15)', () => {
		for (const [query, locale] of [
			['procureurs', 'fr'],
			['juges', 'fr'],
			['jueces', 'es'],
		] as const) {
			const { document, match } = matchOf(query, locale, 'uruguay');
			expect(match.source, query).toBe('theme');
			expect(markedWords(match), query).toEqual(expect.arrayContaining(['judges', 'prosecutors']));
			const shown = match.snippet.map((segment) => segment.text).join('');
			expect(document.body).toContain(shown.replace(/^…|…$/g, ''));
		}
	});

	it('shows the photo caption, not the text, when only the caption names the theme (round 7)', () => {
		const health = matchOf('sanidad', 'es', 'uruguay');
		expect(health.document.body).not.toMatch(/health/i);
		expect(health.document.caption).toMatch(/mental health/);
		expect(health.match).toEqual({
			source: 'captionTheme',
			snippet: [{ text: health.document.caption, highlight: false }],
		});
		const returnees = matchOf('reintegration', 'fr', 'mauritius');
		expect(returnees.document.body).not.toMatch(/return|reintegr/i);
		expect(returnees.match.source).toBe('captionTheme');
	});

	it('names the UN M49 region when only the region matched', () => {
		const match = firstMatch('Melanesia', 'en', 'government');
		expect(match.source).toBe('region');
		expect(match.snippet).toEqual([{ text: 'Melanesia', highlight: true }]);
	});

	it('shows the name of the place a query named, in any of its languages', () => {
		const story = firstMatch('Moldavie', 'en');
		expect(story).toMatchObject({ id: 'republic-of-moldova', source: 'name' });
		expect(markedWords(story)).toEqual(['Moldavie']);
		const government = firstMatch('Kazakstan', 'fr', 'government');
		expect(government).toMatchObject({ id: 'KAZ', source: 'name' });
		expect(markedWords(government)).toEqual(['Kazakhstan']);
	});

	it('gives an English name that matched its language on a French or Spanish page (round 6)', () => {
		const ivory = firstMatch('ivory', 'es', 'government');
		expect(ivory).toMatchObject({ id: 'CIV', source: 'name', lang: 'en' });
		const turkey = firstMatch('turkey', 'fr', 'government');
		expect(turkey).toMatchObject({ id: 'TUR', source: 'name', lang: 'en' });
		expect(firstMatch('ivory', 'en', 'government').lang).toBeUndefined();
	});

	it('marks a matched name whose language no source gives as unknown, never the page’s (round 7)', () => {
		expect(firstMatch('Pilipinas', 'fr', 'government')).toMatchObject({
			id: 'PHL',
			source: 'name',
			lang: '',
		});
		expect(firstMatch('Loktantrik', 'es', 'government')).toMatchObject({ id: 'NPL', lang: '' });
		expect(firstMatch('Mauricio', 'fr')).toMatchObject({ id: 'mauritius', lang: 'es' });
		expect(firstMatch('Maurice', 'fr').lang).toBeUndefined();
		expect(wordsLanguage({ source: 'name', lang: '' }, 'fr')).toBe('');
	});

	it('shows the name that matched when the site’s name for a local authority does not hold the word (round 12)', () => {
		const [hit] = search({ query: 'Brasil', locale: 'fr', kinds: ['government'] }).filter(
			(candidate) => candidate.id === 'br-sao-paulo',
		);
		const document = documents.get('government:br-sao-paulo');
		if (!hit || !document) throw new Error('São Paulo not found for Brasil');
		const match = hitMatch(hit, document, 'fr');
		expect(match.snippet.map((segment) => segment.text).join('')).toContain('Brasil');
		expect(match.snippet.map((segment) => segment.text).join('')).not.toContain('Brésil');
		// its country's name, in the language the data records it in, as on the country's row (round 14)
		expect(match.lang).toBe('es');
	});

	it('names a local authority that matched as the site does, marking only the name that matched (rounds 6 and 13)', () => {
		expect(firstMatch('Montreal', 'fr', 'government')).toMatchObject({
			id: 'ca-montreal',
			source: 'name',
			snippet: [
				{ text: 'Montréal', highlight: true },
				{ text: ' (Canada)', highlight: false },
			],
		});
		const [hit] = search({ query: 'Bresil', locale: 'fr', kinds: ['government'] }).filter(
			(candidate) => candidate.id === 'br-sao-paulo',
		);
		const document = documents.get('government:br-sao-paulo');
		if (!hit || !document) throw new Error('São Paulo not found for Bresil');
		expect(hitMatch(hit, document, 'fr').snippet).toEqual([
			{ text: 'São Paulo (', highlight: false },
			{ text: 'Brésil', highlight: true },
			{ text: ')', highlight: false },
		]);
	});
});

describe('the words of a match', () => {
	it('are English for the booklet’s, in the page’s language for our labels, unmarked for a name', () => {
		expect(wordsLanguage({ source: 'text' }, 'fr')).toBe('en');
		expect(wordsLanguage({ source: 'caption' }, 'es')).toBe('en');
		expect(wordsLanguage({ source: 'theme' }, 'fr')).toBe('en');
		expect(wordsLanguage({ source: 'captionTheme' }, 'es')).toBe('en');
		expect(wordsLanguage({ source: 'tag' }, 'fr')).toBe('fr');
		expect(wordsLanguage({ source: 'region' }, 'es')).toBe('es');
		expect(wordsLanguage({ source: 'name' }, 'fr')).toBeUndefined();
		expect(wordsLanguage({ source: 'name', lang: 'en' }, 'fr')).toBe('en');
	});

	it('are named by the page’s data-match-* template of their source', () => {
		expect(matchTemplate('caption')).toBe('matchCaption');
		expect(matchTemplate('tag')).toBe('matchTag');
		expect(matchTemplate('captionTheme')).toBe('matchCaptionTheme');
	});
});
