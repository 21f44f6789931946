import { search } from '@mgi-stories/core/search';
import { describe, expect, it } from 'vitest';
import { resultsHtml, searchPage } from './search-results.js';

const page = (lang: string, templates: Record<string, string>) =>
	`<html lang="${lang}"><head><title>Search stories and governments · MGI Success Stories</title></head><body>
<input id="search-page-q" type="search" name="q" value="" placeholder="e.g."/>
<div id="server-results" ${Object.entries(templates)
		.map(([name, value]) => `data-${name}="${value}"`)
		.join(' ')}><p class="static-note">This copy of the site is a set of static files.</p></div>
<p>after</p></body></html>`;

const ENGLISH = {
	results: 'Results for “{query}”: {count}',
	nothing: 'Nothing matches “{query}”.',
	'stop-words': '“{query}” has only common words.',
	'some-words': 'matches some of the words',
	stories: 'Stories',
	governments: 'Governments',
	title: 'Search: {query} · MGI Success Stories',
};
const SPANISH = {
	...ENGLISH,
	results: 'Resultados para «{query}»: {count}',
	stories: 'Historias',
	'some-words': 'coincide con algunas de las palabras',
};
const templates = {
	results: ENGLISH.results,
	nothing: ENGLISH.nothing,
	stopWords: ENGLISH['stop-words'],
	someWords: ENGLISH['some-words'],
	stories: ENGLISH.stories,
	governments: ENGLISH.governments,
	title: ENGLISH.title,
};

describe('searchPage', () => {
	it('writes core’s results for a misspelt country into the page, as links', () => {
		const html = searchPage({
			page: page('en', ENGLISH),
			query: 'Kazakstan',
			hits: search({ query: 'Kazakstan' }),
			locale: 'en',
		});
		expect(html).toContain('<a href="/governments/kaz/">Kazakhstan</a>');
		expect(html).toContain('<a href="/stories/kazakhstan/">Kazakhstan</a>');
		expect(html).not.toContain('static files');
		expect(html).toContain('<p>after</p>');
	});

	it('answers in the page’s language, with its links, names and words', () => {
		const hits = search({ query: 'trata de personas', locale: 'es' });
		const html = searchPage({
			page: page('es', SPANISH),
			query: 'trata de personas',
			hits,
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
			locale: 'en',
		});
		expect(html).toContain('value="&lt;script&gt;&quot;x&quot;"');
		expect(html).toContain(
			'<title>Search: &lt;script&gt;&quot;x&quot; · MGI Success Stories</title>',
		);
		expect(html).not.toContain('<script>');
	});

	it('says so when nothing matches, and when the query has only stop words', () => {
		expect(resultsHtml({ query: 'zzzz', hits: [], locale: 'en', templates })).toContain(
			'Nothing matches “zzzz”',
		);
		expect(resultsHtml({ query: 'the and of', hits: [], locale: 'en', templates })).toContain(
			'“the and of” has only common words.',
		);
	});
});
