import { checkOptions } from '../arguments.js';
import { findPublication } from '../editions.js';
import { ArgumentError } from '../errors.js';
import { countryOf } from '../governments/country-of.js';
import { slugify } from '../text/normalize.js';
import type { Publication, Story } from '../types.js';

/** The citation styles `cite` writes: APA 7, Chicago (bibliography), BibTeX and RIS. */
export const CITATION_STYLES = ['apa', 'chicago', 'bibtex', 'ris'] as const;
/** One of `CITATION_STYLES`. */
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The media type each citation style is served as. */
export const CITATION_MEDIA_TYPES: Readonly<Record<CitationStyle, string>> = Object.freeze({
	apa: 'text/plain; charset=utf-8',
	chicago: 'text/plain; charset=utf-8',
	bibtex: 'application/x-bibtex; charset=utf-8',
	ris: 'application/x-research-info-systems; charset=utf-8',
});

/** The work's identifier: the booklet gives no URL for itself, only its ISBNs. */
const isbnOf = (publication: Publication) => `ISBN ${publication.isbn.pdf} (PDF)`;

const bibtexEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

type Format = (title: string, story: Story, publication: Publication) => string;

const formats: Record<CitationStyle, Format> = {
	apa: (title, story, publication) =>
		`${publication.publisher} (${publication.publisherShort}). (${publication.year}). ${title}. In ${publication.title} (p. ${story.page}). ${isbnOf(publication)}`,
	chicago: (title, story, publication) =>
		`${publication.publisher}. “${title}.” In ${publication.title}, ${story.page}. ${publication.place}: ${publication.publisherShort}, ${publication.year}. ${isbnOf(publication)}.`,
	bibtex: (title, story, publication) =>
		[
			`@incollection{${publication.publisherShort.toLowerCase()}${publication.year}-${story.slug},`,
			`  author = {{${bibtexEscape(publication.publisher)}}},`,
			`  title = {${bibtexEscape(title)}},`,
			`  booktitle = {${bibtexEscape(publication.title)}},`,
			`  publisher = {${bibtexEscape(publication.publisher)}},`,
			`  address = {${publication.place}},`,
			`  year = {${publication.year}},`,
			`  pages = {${story.page}},`,
			`  isbn = {${publication.isbn.pdf}},`,
			`  note = {${bibtexEscape(publication.licence.name)} (${publication.licence.id})}`,
			'}',
		].join('\n'),
	ris: (title, story, publication) =>
		[
			['TY', 'CHAP'],
			['AU', publication.publisher],
			['TI', title],
			['T2', publication.title],
			['PY', String(publication.year)],
			['SP', String(story.page)],
			['EP', String(story.page)],
			['CY', publication.place],
			['PB', publication.publisher],
			['SN', publication.isbn.pdf],
			['ID', `${slugify(publication.id)}-${story.slug}`],
			['ER', ''],
		]
			.map(([tag, value]) => `${tag}  - ${value}`)
			.join('\r\n')
			.concat('\r\n'),
};

/**
 * Cites one story, with its page, in APA 7, Chicago (bibliography), BibTeX or RIS, as a chapter of
 * the edition of the booklet it is in (the story's `edition`).
 * @example cite({ story, style: 'apa' })
 * // 'International Organization for Migration (IOM). (2021). Albania. In The Migration Governance Indicators Success Stories (p. 1). ISBN 978-92-9268-019-0 (PDF)'
 */
export function cite(options: { story: Story; style: CitationStyle }): string {
	const args = checkOptions('cite', options, ['story', 'style']);
	const story = args.story('story');
	const style = args.oneOf('style', CITATION_STYLES);
	const publication = findPublication(story.edition);
	if (!publication)
		throw new ArgumentError('cite', 'story', 'a story of an edition of the dataset', story);
	return formats[style](countryOf(story).bookletName, story, publication);
}

/**
 * All four citations of a story, keyed by style.
 * @example citeAll({ story: requireStory({ slug: 'cambodia' }) }).bibtex
 */
export function citeAll(options: { story: Story }): Record<CitationStyle, string> {
	const story = checkOptions('citeAll', options, ['story']).story('story');
	return Object.fromEntries(
		CITATION_STYLES.map((style) => [style, cite({ story, style })]),
	) as Record<CitationStyle, string>;
}
