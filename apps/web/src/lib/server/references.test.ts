import { citeAll, publication, stories } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { referenceParts } from './references';

const text = (parts: ReturnType<typeof referenceParts>) =>
	parts.runs.map((run) => run.text).join('');

describe('referenceParts', () => {
	it('sets the booklet’s title apart in every story’s APA and Chicago citation', () => {
		for (const story of stories) {
			const citations = citeAll({ story });
			for (const style of ['apa', 'chicago'] as const) {
				const parts = referenceParts(citations[style], publication.title);
				expect(parts.lang).toBe('en');
				expect(parts.runs.filter((run) => run.cite)).toEqual([
					{ text: publication.title, cite: true },
				]);
				expect(text(parts)).toBe(citations[style]);
			}
		}
	});

	it('keeps a citation without the title whole', () => {
		expect(referenceParts('Someone (2020). Else.', 'Title')).toEqual({
			lang: 'en',
			runs: [{ text: 'Someone (2020). Else.' }],
		});
	});

	it('marks the English words of a citation written in another language as English (round 7)', () => {
		const parts = referenceParts(
			'Projet (2026). Données. D’après Some Publisher (2021), The Title ; notre lecture.',
			'The Title',
			{ lang: 'fr', english: ['Some Publisher'] },
		);
		expect(parts).toEqual({
			lang: 'fr',
			runs: [
				{ text: 'Projet (2026). Données. D’après ' },
				{ text: 'Some Publisher', lang: 'en' },
				{ text: ' (2021), ' },
				{ text: 'The Title', cite: true, lang: 'en' },
				{ text: ' ; notre lecture.' },
			],
		});
	});
});
