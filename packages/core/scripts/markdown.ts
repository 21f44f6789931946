/** @module the Markdown the doc generators write: padded tables, and `<!-- generated:NAME -->` blocks */

export type Align = 'left' | 'right';

/** A Markdown table with its columns padded to one width, as a formatter would leave it. */
export function table(header: string[], rows: string[][], align: Align[]): string {
	const widths = header.map((cell, column) =>
		Math.max(3, cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
	);
	const pad = (cell: string, column: number) =>
		align[column] === 'right'
			? cell.padStart(widths[column] ?? 0)
			: cell.padEnd(widths[column] ?? 0);
	const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
	const rule = widths.map((width, column) =>
		align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
	);
	return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * `document` with every `<!-- generated:NAME -->` … `<!-- /generated:NAME -->` block rewritten by
 * `sections[NAME]`; a block with no generator is an error (`documentName` says where), never left stale.
 */
export function renderGeneratedBlocks(
	document: string,
	sections: Readonly<Record<string, () => string>>,
	documentName: string,
): string {
	return document.replace(
		/(<!-- generated:([\w-]+) -->\n)[\s\S]*?(\n<!-- \/generated:\2 -->)/g,
		(_, open: string, name: string, close: string) => {
			const render = Object.hasOwn(sections, name) ? sections[name] : undefined;
			if (!render) throw new Error(`${documentName}: no generator for the block "${name}"`);
			return `${open}\n${render()}\n${close}`;
		},
	);
}
