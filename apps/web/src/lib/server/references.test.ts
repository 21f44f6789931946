import { citeAll, publication, stories } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { referenceParts } from './references';

describe('referenceParts', () => {
	it('sets the booklet’s title apart in every story’s APA and Chicago citation', () => {
		for (const story of stories) {
			const citations = citeAll({ story });
			for (const style of ['apa', 'chicago'] as const) {
				const parts = referenceParts(citations[style], publication.title);
				expect(parts.title).toBe(publication.title);
				expect(`${parts.before}${parts.title}${parts.after}`).toBe(citations[style]);
			}
		}
	});

	it('keeps a citation without the title whole', () => {
		expect(referenceParts('Someone (2020). Else.', 'Title')).toEqual({
			before: 'Someone (2020). Else.',
			title: '',
			after: '',
		});
	});
});
