import { search } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { resultsHtml, searchPage } from './search-results.js';

const PAGE = `<html><head><title>Search stories and governments · MGI Success Stories</title></head><body>
<input id="search-page-q" type="search" name="q" value="" placeholder="e.g."/>
<div id="server-results"><p class="static-note">This copy of the site is a set of static files.</p></div>
<p>after</p></body></html>`;

describe('searchPage', () => {
	it('writes core’s results for a misspelt country into the page, as links', () => {
		const html = searchPage(PAGE, 'Kazakstan', search({ query: 'Kazakstan' }));
		expect(html).toContain('<a href="/governments/kaz/">Kazakhstan</a>');
		expect(html).toContain('<a href="/stories/kazakhstan/">');
		expect(html).not.toContain('static files');
		expect(html).toContain('<p>after</p>');
	});

	it('puts the query in the box and the title, escaped', () => {
		const html = searchPage(PAGE, '<script>"x"', []);
		expect(html).toContain('value="&lt;script&gt;&quot;x&quot;"');
		expect(html).toContain(
			'<title>Search: &lt;script&gt;&quot;x&quot; · MGI Success Stories</title>',
		);
		expect(html).not.toContain('<script>');
	});

	it('says so when nothing matches', () => {
		expect(resultsHtml('zzzz', [])).toContain('Nothing matches “zzzz”');
	});
});
