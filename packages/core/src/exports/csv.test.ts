import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
	it('writes RFC 4180: header row, CRLF, quotes doubled only where needed', () => {
		const csv = toCsv({
			columns: [
				{
					name: 'name',
					type: 'string',
					description: '',
					value: (row: { name: string; n: number | null }) => row.name,
				},
				{ name: 'n', type: 'integer', description: '', value: (row) => row.n },
			],
			rows: [
				{ name: 'plain', n: 1 },
				{ name: 'with, comma', n: null },
				{ name: 'say "hi"\nthen', n: 3 },
			],
		});
		expect(csv).toBe('name,n\r\nplain,1\r\n"with, comma",\r\n"say ""hi""\nthen",3\r\n');
	});
});
