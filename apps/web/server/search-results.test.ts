import { search } from '@mgi-stories/core/search';
import { describe, expect, it } from 'vitest';
import { clientSearchDocuments, hitNames } from '$lib/server/search-index';
import { resultsHtml, searchPage } from './search-results.js';

const documents = new Map(clientSearchDocuments().map((document) => [document.key, document]));

/** a value as Svelte escapes it in an attribute */
const attributeValue = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

const page = (lang: string, templates: Record<string, string>, names = hitNames()) =>
	`<html lang="${lang}"><head><title>Search stories and governments · MGI Success Stories</title></head><body>
<input id="search-page-q" type="search" name="q" value="" placeholder="e.g."/>
<div id="server-results" ${Object.entries(templates)
		.map(([name, value]) => `data-${name}="${value}"`)
		.join(
			' ',
		)} data-hit-names="${attributeValue(JSON.stringify(names))}"><p class="static-note">This copy of the site is a set of static files.</p></div>
<p>after</p></body></html>`;

const ENGLISH = {
	results: 'Results for “{query}”: {count}',
	nothing: 'Nothing matches “{query}”.',
	'stop-words': '“{query}” has only common words.',
	'some-words': 'matches some of the words',
	stories: 'Stories',
	governments: 'Governments',
	title: 'Search: {query} · MGI Success Stories',
	'match-text': 'In the story, as the booklet prints it:',
	'match-caption': 'In a photo caption printed in the booklet:',
	'match-tag': 'Tagged in our classification:',
	'match-region': 'In the UN M49 region:',
	'match-name': 'A name of the place:',
	'match-theme': 'Found through another word for what the story says:',
};
const SPANISH = {
	...ENGLISH,
	results: 'Resultados para «{query}»: {count}',
	stories: 'Historias',
	'some-words': 'coincide con algunas de las palabras',
	'match-tag': 'Etiquetada en nuestra clasificación:',
};
const templates = {
	results: ENGLISH.results,
	nothing: ENGLISH.nothing,
	stopWords: ENGLISH['stop-words'],
	someWords: ENGLISH['some-words'],
	stories: ENGLISH.stories,
	governments: ENGLISH.governments,
	title: ENGLISH.title,
	matchText: ENGLISH['match-text'],
	matchCaption: ENGLISH['match-caption'],
	matchTag: ENGLISH['match-tag'],
	matchRegion: ENGLISH['match-region'],
	matchName: ENGLISH['match-name'],
	matchTheme: ENGLISH['match-theme'],
};

describe('searchPage', () => {
	it('writes core’s results for a misspelt country into the page, as links', () => {
		const html = searchPage({
			page: page('en', ENGLISH),
			query: 'Kazakstan',
			hits: search({ query: 'Kazakstan' }),
			documents,
			locale: 'en',
		});
		expect(html).toContain('<a href="/governments/kaz/">Kazakhstan</a>');
		expect(html).toContain('<a href="/stories/kazakhstan/">Kazakhstan</a>');
		expect(html).not.toContain('static files');
		expect(html).toContain('<p>after</p>');
	});

	it('names a local authority as the page does, « Montréal (Canada) », never the index’s « Montreal, Canada » (round 5)', () => {
		const html = searchPage({
			page: page('fr', ENGLISH, {
				'government:ca-montreal': 'Montréal (Canada)',
				'government:CAN': 'Canada',
			}),
			query: 'Montreal',
			hits: search({ query: 'Montreal', locale: 'fr' }),
			documents,
			locale: 'fr',
		});
		expect(html).toContain('<a href="/fr/governments/ca-montreal/">Montréal (Canada)</a>');
		expect(html).not.toContain('Montreal, Canada');
	});

	it('answers in the page’s language, with its links, names and words', () => {
		const hits = search({ query: 'trata de personas', locale: 'es' });
		const html = searchPage({
			page: page('es', SPANISH),
			query: 'trata de personas',
			hits,
			documents,
			locale: 'es',
		});
		expect(html).toContain(`Resultados para «trata de personas»: ${hits.length}`);
		expect(html).toMatch(
			/<h2>Historias<\/h2><ul class="hits"><li><a href="\/es\/stories\/(uruguay|sierra-leone)\/">/,
		);
		expect(html).toContain('coincide con algunas de las palabras');
	});

	it('puts the query in the box and the title, escaped', () => {
		const html = searchPage({
			page: page('en', ENGLISH),
			query: '<script>"x"',
			hits: [],
			documents,
			locale: 'en',
		});
		expect(html).toContain('value="&lt;script&gt;&quot;x&quot;"');
		expect(html).toContain(
			'<title>Search: &lt;script&gt;&quot;x&quot; · MGI Success Stories</title>',
		);
		expect(html).not.toContain('<script>');
	});

	it('says so when nothing matches, and when the query has only stop words', () => {
		const none = { hits: [], documents, locale: 'en' as const, templates };
		expect(resultsHtml({ query: 'zzzz', ...none })).toContain('Nothing matches “zzzz”');
		expect(resultsHtml({ query: 'the and of', ...none })).toContain(
			'“the and of” has only common words.',
		);
	});

	it('says why each hit matched: the booklet’s words quoted in English, our labels in the page’s', () => {
		const caption = resultsHtml({
			query: 'Elbasan',
			hits: search({ query: 'Elbasan', locale: 'es' }),
			documents,
			locale: 'es',
			templates,
		});
		expect(caption).toContain(
			'<p class="match"><span class="match-source">In a photo caption printed in the booklet:</span> <span class="match-words" lang="en">',
		);
		expect(caption).toContain('<mark>Elbasan</mark>');
		const tag = searchPage({
			page: page('es', SPANISH),
			query: 'sanidad',
			hits: search({ query: 'sanidad', locale: 'es' }),
			documents,
			locale: 'es',
		});
		expect(tag).toContain(
			'<span class="match-source">Etiquetada en nuestra clasificación:</span> <span class="match-words" lang="es"><mark>Salud</mark></span>',
		);
	});
});
