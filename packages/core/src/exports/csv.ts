import { checkArgument, checkOptions } from '../arguments.js';

/** A column of an exported table; the same definition drives the CSV and its Frictionless table schema. */
export interface Column<Row> {
	name: string;
	type: 'string' | 'integer' | 'number';
	description: string;
	value: (row: Row) => string | number | null;
}

/**
 * A table of the dataset: its rows and the columns that write them (CSV, the data package's schema).
 */
export interface Table<Row> {
	name: string;
	description: string;
	primaryKey: string[];
	columns: Column<Row>[];
	rows: readonly Row[];
}

/** The two CSV dialects every table is offered in. */
export const CSV_VARIANTS = ['standard', 'excel'] as const;
/**
 * One of `CSV_VARIANTS`.
 */
export type CsvVariant = (typeof CSV_VARIANTS)[number];

const BOM = '\uFEFF';

/**
 * Text Excel would not keep as typed when it opens a CSV: digits (it drops leading zeros: "008" → 8),
 * number- or date-like values ("1.5", "2021-10", "1/2"), and text starting with a formula trigger
 * (= + - @), which it would evaluate.
 */
const EXCEL_COERCES = /^(?:[\d\s.,:/+-]*\d[\d\s.,:/+-]*|[=+\-@].*)$/s;
/** Excel's formula string literals hold at most 255 characters. */
const EXCEL_LITERAL_MAX = 255;

function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function field(value: string | number | null, type: Column<unknown>['type'], variant: CsvVariant) {
	if (value === null) return '';
	const text = String(value);
	if (
		variant === 'excel' &&
		type === 'string' &&
		text.length <= EXCEL_LITERAL_MAX &&
		EXCEL_COERCES.test(text)
	) {
		// ="008" is a formula whose value is the text 008: Excel shows it as typed
		return quote(`="${text.replace(/"/g, '""')}"`);
	}
	return quote(text);
}

/**
 * Writes a table as RFC 4180 CSV: a header row, CRLF line endings, quotes only where needed.
 * The `excel` variant starts with a UTF-8 byte order mark (so Excel reads "São Paulo", not
 * "SÃ£o Paulo") and writes text Excel would coerce (codes such as "008", formula triggers) as
 * `="…"`, so it shows them as typed; use the standard variant for every other tool.
 * @example toCsv(storiesTable(), { variant: 'excel' })
 */
export function toCsv<Row>(
	table: Pick<Table<Row>, 'columns' | 'rows'>,
	options: { variant?: CsvVariant | undefined } = {},
): string {
	checkArgument('toCsv', 'table', table).record(
		'table',
		'columns',
		'a table (e.g. storiesTable())',
	);
	const variant =
		checkOptions('toCsv', options, ['variant'], {
			optional: true,
			positional: 'table',
		}).optionalOneOf('variant', CSV_VARIANTS) ?? 'standard';
	const lines = [
		table.columns.map((column) => quote(column.name)),
		...table.rows.map((row) =>
			table.columns.map((column) => field(column.value(row), column.type, variant)),
		),
	];
	const csv = lines
		.map((line) => line.join(','))
		.join('\r\n')
		.concat('\r\n');
	return variant === 'excel' ? BOM + csv : csv;
}
