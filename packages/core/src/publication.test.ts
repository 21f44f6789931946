import { describe, expect, it } from 'vitest';
import { bookletText } from './booklet.js';
import { publication } from './data.js';

describe('publication metadata', () => {
	it('keeps the whole disclaimer, both sentences, as printed', () => {
		expect(publication.disclaimer).toMatch(/^The opinions expressed in this publication/);
		expect(publication.disclaimer).toMatch(
			/The designations employed .* frontiers or boundaries\.$/,
		);
		expect(bookletText).toContain(publication.disclaimer);
	});

	it('keeps both funding statements, each verbatim', () => {
		expect(publication.funding.map((funding) => funding.statement)).toEqual([
			expect.stringMatching(/^This project is funded by .* \(PRM\)\. However, /),
			'This MGI is funded by the U.S. Department of State Bureau of Population, Refugees and Migration, and other donors.',
		]);
		for (const { statement } of publication.funding) expect(bookletText).toContain(statement);
	});

	it('keeps the programme contact apart from the work, which has ISBNs and no URL of its own', () => {
		expect(publication.programmeContact).toMatchObject({
			email: 'mgi@iom.int',
			url: 'https://migrationdataportal.org/mgi',
		});
		expect(publication).not.toHaveProperty('url');
		expect(publication.isbn).toEqual({ pdf: '978-92-9268-019-0', print: '978-92-9268-020-6' });
	});
});
