import { bookletText } from '@mgi-stories/core/booklet';
import { describe, expect, it } from 'vitest';
import { readContents, readParticipants } from '../src/booklet.js';

describe('readContents', () => {
	it('reads the foreword, 19 stories and the list from the contents page', () => {
		const contents = readContents(bookletText);
		expect(contents).toHaveLength(21);
		expect(contents[0]).toEqual({ title: 'FOREWORD', page: 'III' });
		expect(contents[14]).toEqual({ title: 'REPUBLIC OF MOLDOVA', page: '14' });
		expect(contents.at(-1)).toEqual({
			title: 'LIST OF PARTICIPATING GOVERNMENTS FROM 2016 TO 2021',
			page: '20',
		});
	});
});

describe('readParticipants', () => {
	const participants = readParticipants(bookletText);

	it('reads 84 countries column by column, in alphabetical order', () => {
		expect(participants).toHaveLength(84);
		expect(participants.slice(0, 3).map((country) => country.name)).toEqual([
			'Albania',
			'Angola',
			'Argentina',
		]);
		expect(participants.at(-1)?.name).toBe('Zimbabwe');
	});

	it('reads the local authorities after each country', () => {
		expect(participants.find((country) => country.name === 'Colombia')?.localAuthorities).toEqual([
			'Barranquilla',
			'Bucaramanga',
			'Cúcuta',
			'Villa del Rosario',
		]);
		expect(participants.reduce((sum, country) => sum + country.localAuthorities.length, 0)).toBe(
			29,
		);
	});
});
