import { describe, expect, it } from 'vitest';
import { stories } from '../data.js';
import { findStory } from '../stories/find-story.js';
import { CITATION_STYLES, cite, citeAll } from './cite.js';

const story = (slug: string) => {
	const found = findStory({ slug });
	if (!found) throw new Error(slug);
	return found;
};

describe('cite', () => {
	it('cites a story in APA 7 with its page', () => {
		expect(cite({ story: story('republic-of-moldova'), style: 'apa' })).toBe(
			'International Organization for Migration (IOM). (2021). Republic of Moldova. In The Migration Governance Indicators Success Stories (p. 14). ISBN 978-92-9268-019-0 (PDF)',
		);
	});

	it('cites a story in Chicago with its page', () => {
		expect(cite({ story: story('albania'), style: 'chicago' })).toBe(
			'International Organization for Migration. “Albania.” In The Migration Governance Indicators Success Stories, 1. Geneva: IOM, 2021. ISBN 978-92-9268-019-0 (PDF).',
		);
	});

	it('cites a story in BibTeX as an incollection entry', () => {
		const bibtex = cite({ story: story('guinea-bissau'), style: 'bibtex' });
		expect(bibtex.split('\n')[0]).toBe('@incollection{iom2021-guinea-bissau,');
		expect(bibtex).toContain('  author = {{International Organization for Migration}},');
		expect(bibtex).toContain('  title = {Guinea-Bissau},');
		expect(bibtex).toContain('  pages = {7},');
		expect(bibtex).toContain('  isbn = {978-92-9268-019-0},');
		expect(bibtex.endsWith('}')).toBe(true);
	});

	it('cites a story in RIS with CRLF line endings and an end record', () => {
		const ris = cite({ story: story('zambia'), style: 'ris' });
		const lines = ris.split('\r\n');
		expect(lines[0]).toBe('TY  - CHAP');
		expect(lines).toContain('TI  - Zambia');
		expect(lines).toContain('SP  - 19');
		expect(lines.at(-2)).toBe('ER  - ');
		expect(ris.endsWith('\r\n')).toBe(true);
	});

	it('gives every style at once', () => {
		expect(Object.keys(citeAll({ story: story('iraq') }))).toEqual([...CITATION_STYLES]);
	});
});

describe('cite arguments', () => {
	it('names the style argument and the styles it accepts', () => {
		expect(() =>
			// @ts-expect-error: mla is not a citation style
			cite({ story: story('albania'), style: 'mla' }),
		).toThrow('cite: style must be one of "apa", "chicago", "bibtex", "ris"; got "mla"');
	});

	it('accepts a style in any case', () => {
		// @ts-expect-error: the literal type is lowercase, the runtime forgives case
		expect(cite({ story: story('albania'), style: 'APA' })).toBe(
			cite({ story: story('albania'), style: 'apa' }),
		);
	});

	it('asks for a story, not a slug or nothing', () => {
		// @ts-expect-error: a slug is not a story
		expect(() => cite({ story: 'albania', style: 'apa' })).toThrow(
			'cite: story must be a story of the dataset (from stories, findStory or requireStory); got "albania"',
		);
		// @ts-expect-error: findStory may return undefined
		expect(() => cite({ story: findStory({ slug: 'france' }), style: 'apa' })).toThrow(
			'cite: story must be a story of the dataset (from stories, findStory or requireStory); got undefined',
		);
		// @ts-expect-error: one options object
		expect(() => citeAll(story('albania'))).toThrow(
			'citeAll: options must be one options object { story }; "slug" is not one of its options',
		);
	});
});

describe('citations identify the work by its ISBN, never by the programme’s contact address', () => {
	it('has no migrationdataportal.org URL in any style', () => {
		for (const story of stories) {
			for (const citation of Object.values(citeAll({ story }))) {
				expect(citation).not.toMatch(/migrationdataportal/);
				expect(citation).toMatch(/978-92-9268-019-0/);
			}
		}
	});
});
