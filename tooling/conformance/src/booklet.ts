/** Reads the structure the invariants need straight from the vendored booklet text, independently of core's data. */

export interface ContentsEntry {
	title: string;
	page: string;
}

export interface ListedCountry {
	name: string;
	localAuthorities: string[];
}

const LIST_HEADING = '## LIST OF PARTICIPATING GOVERNMENTS FROM 2016 TO 2021';

/** The contents page: every "TITLE.....page" line between CONTENTS and the first story. */
export function readContents(booklet: string): ContentsEntry[] {
	const start = booklet.indexOf('CONTENTS');
	const end = booklet.indexOf('LIST OF PARTICIPATING GOVERNMENTS FROM 2016 TO 2021 .....', start);
	const page = booklet.slice(start, booklet.indexOf('\n', end));
	return [...page.matchAll(/^([A-Z][A-Z0-9 -]*?) ?\.{3,}([0-9IVXL]+)$/gm)].map((match) => ({
		title: (match[1] ?? '').trim(),
		page: match[2] ?? '',
	}));
}

/**
 * The list of participating governments, in reading order: each page is a block of rows with three
 * tab-separated columns read top to bottom; local authorities follow their country after " • ".
 */
export function readParticipants(booklet: string): ListedCountry[] {
	const start = booklet.indexOf(LIST_HEADING);
	const end = booklet.indexOf('✉', start);
	const pages = booklet
		.slice(start + LIST_HEADING.length, end)
		.split(/\n\s*\n/)
		.map((block) => block.split('\n').filter((line) => line.trim().length > 0))
		.filter((rows) => rows.length > 0);
	const cells = pages.flatMap((rows) => {
		const grid = rows.map((row) => row.split('\t').map((cell) => cell.trim()));
		const columns = Math.max(...grid.map((row) => row.length));
		return Array.from({ length: columns }, (_, column) =>
			grid.map((row) => row[column] ?? ''),
		).flat();
	});
	return cells
		.filter((cell) => cell.length > 0)
		.map((cell) => {
			const [name = '', ...localAuthorities] = cell.split(' • ').map((part) => part.trim());
			return { name, localAuthorities };
		});
}

/** Where a story's heading stands in the booklet, or -1. */
export function headingOffset(booklet: string, heading: string): number {
	return booklet.indexOf(`\n## ${heading}\n`);
}
