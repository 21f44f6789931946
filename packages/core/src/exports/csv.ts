/** A column of an exported table; the same definition drives the CSV and its Frictionless table schema. */
export interface Column<Row> {
	name: string;
	type: 'string' | 'integer' | 'number';
	description: string;
	value: (row: Row) => string | number | null;
}

export interface Table<Row> {
	name: string;
	description: string;
	primaryKey: string[];
	columns: Column<Row>[];
	rows: readonly Row[];
}

function field(value: string | number | null): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes a table as RFC 4180 CSV: a header row, CRLF line endings, quotes only where needed. */
export function toCsv<Row>(table: Pick<Table<Row>, 'columns' | 'rows'>): string {
	const lines = [
		table.columns.map((column) => field(column.name)),
		...table.rows.map((row) => table.columns.map((column) => field(column.value(row)))),
	];
	return lines
		.map((line) => line.join(','))
		.join('\r\n')
		.concat('\r\n');
}
