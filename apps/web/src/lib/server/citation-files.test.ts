import { findStory } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { citationFile, citationFileNames, citationPath } from './citation-files';

describe('citation files', () => {
	it('are named after the BibTeX key of the story', () => {
		const story = findStory({ slug: 'kazakhstan' });
		if (!story) throw new Error('kazakhstan missing');
		expect(citationPath(story, 'bib')).toBe('/citations/iom2021-kazakhstan.bib');
		expect(citationPath(story, 'ris')).toBe('/citations/iom2021-kazakhstan.ris');
	});

	it('exist as .bib and .ris for every story, with unique names', () => {
		const names = citationFileNames();
		expect(names).toHaveLength(38);
		expect(new Set(names).size).toBe(38);
	});

	it('carry the BibTeX and RIS media types', () => {
		expect(citationFile('iom2021-kazakhstan.bib')).toMatchObject({
			type: 'application/x-bibtex; charset=utf-8',
			text: expect.stringMatching(/^@incollection\{iom2021-kazakhstan,/),
		});
		expect(citationFile('iom2021-kazakhstan.ris')).toMatchObject({
			type: 'application/x-research-info-systems; charset=utf-8',
			text: expect.stringMatching(/^TY {2}- CHAP/),
		});
	});

	it('know no other file', () => {
		expect(citationFile('iom2021-atlantis.bib')).toBeUndefined();
		expect(citationFile('iom2021-kazakhstan.txt')).toBeUndefined();
	});
});
