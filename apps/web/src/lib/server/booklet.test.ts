import { bookletText } from '@mgi-stories/core/booklet';
import { describe, expect, it } from 'vitest';
import { foreword, introduction } from './booklet';

describe('booklet passages', () => {
	it('quotes the foreword verbatim, with its signature', () => {
		const { paragraphs, signature } = foreword();
		expect(paragraphs).toHaveLength(4);
		expect(paragraphs.at(-1)).toMatch(/^This booklet showcases/);
		expect(signature).toEqual(['António Vitorino', 'IOM Director General']);
		for (const paragraph of paragraphs) expect(bookletText).toContain(paragraph);
	});

	it('quotes the introduction verbatim', () => {
		const { paragraphs } = introduction();
		expect(paragraphs[0]).toBe(
			'Building stronger communities through informed policymaking since 2016',
		);
		expect(paragraphs.some((paragraph) => paragraph.includes('94 standard indicators'))).toBe(true);
		for (const paragraph of paragraphs) expect(bookletText).toContain(paragraph);
	});
});
