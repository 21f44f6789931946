import { parse } from 'csv-parse/sync';
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

describe('toCsv, Excel variant', () => {
	const table = {
		columns: [
			{ name: 'code', type: 'string' as const, description: '', value: (row: Row) => row.code },
			{ name: 'name', type: 'string' as const, description: '', value: (row: Row) => row.name },
			{ name: 'n', type: 'integer' as const, description: '', value: (row: Row) => row.n },
		],
		rows: [
			{ code: '008', name: 'São Paulo', n: 1 },
			{ code: '10.7', name: '=HYPERLINK("x")', n: 2 },
			{ code: 'MX-CHH', name: 'Chihuahua, state', n: 3 },
		],
	};
	type Row = { code: string; name: string; n: number };

	it('starts with a UTF-8 byte order mark; the standard variant has none', () => {
		expect(toCsv(table, { variant: 'excel' }).startsWith('\uFEFF')).toBe(true);
		expect(toCsv(table).startsWith('\uFEFF')).toBe(false);
		expect(toCsv(table).startsWith('code,')).toBe(true);
	});

	it('writes text Excel would coerce as ="…", leaves other text and typed numbers alone', () => {
		const lines = toCsv(table, { variant: 'excel' }).slice(1).split('\r\n');
		expect(lines[1]).toBe('"=""008""",São Paulo,1');
		expect(lines[2]).toBe('"=""10.7""","=""=HYPERLINK(""""x"""")""",2');
		expect(lines[3]).toBe('MX-CHH,"Chihuahua, state",3');
	});

	it('reads back, with a CSV parser, as the formulas that Excel evaluates to the text as typed', () => {
		const records = parse(toCsv(table, { variant: 'excel' }), { bom: true }) as string[][];
		expect(records[0]).toEqual(['code', 'name', 'n']);
		// Excel evaluates ="…" to the string literal inside it: strip the formula as Excel would
		const asExcelShows = (cell: string) =>
			/^="(.*)"$/s.exec(cell)?.[1]?.replace(/""/g, '"') ?? cell;
		expect(records.slice(1).map((record) => record.map(asExcelShows))).toEqual([
			['008', 'São Paulo', '1'],
			['10.7', '=HYPERLINK("x")', '2'],
			['MX-CHH', 'Chihuahua, state', '3'],
		]);
	});
});
