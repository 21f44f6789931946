/**
 * @module the classification grid as an image (/classification/grid.svg and .png), made at build
 * time: one row per classification value, grouped by facet, one column per story, a dot where the
 * story has the value. Text is laid out by satori as shapes (share-image.ts), so the SVG shows the
 * same everywhere without fonts, and resvg renders the PNG from it.
 */

import { m } from '$lib/paraglide/messages';
import {
	type GridFacet,
	type GridStory,
	gridFacets,
	gridStories,
	isTagged,
} from './classification';
import { editionYears } from './editions';
import { escapeXml, IMAGE_COLOURS, layoutSvg, type SatoriNode, svgToPng } from './share-image';

const WIDTH = 1200;
const MARGIN = 40;
/** width of the value labels */
const LABEL_WIDTH = 560;
/** width of a story's column */
const COLUMN = 30;
/** height of the rotated story names */
const HEADER = 200;
const FACET_ROW = 40;
const LINE = 17;
/** labels longer than this wrap to a second line (13 px Inter fits about 80 characters in 560 px) */
const ONE_LINE = 72;
const TOP = 128;

/** the site's colours, as in its share images: a teal dot on alternate ocean stripes */
const {
	ink: INK,
	muted: MUTED,
	paper: PAPER,
	ocean: STRIPE,
	land: RULE,
	teal: DOT,
} = IMAGE_COLOURS;

interface Row {
	kind: 'facet' | 'value';
	label: string;
	facet: string;
	value?: string;
	y: number;
	height: number;
}

function rows(facets: readonly GridFacet[]): { rows: Row[]; height: number } {
	const result: Row[] = [];
	let y = 0;
	for (const facet of facets) {
		result.push({ kind: 'facet', label: facet.label, facet: facet.id, y, height: FACET_ROW });
		y += FACET_ROW;
		for (const value of facet.values) {
			const height = 10 + LINE * (value.label.length > ONE_LINE ? 2 : 1);
			result.push({
				kind: 'value',
				label: value.label,
				facet: facet.id,
				value: value.id,
				y,
				height,
			});
			y += height;
		}
	}
	return { rows: result, height: y };
}

const text = (
	children: string,
	style: Record<string, string | number>,
	height: number,
): SatoriNode => ({
	type: 'div',
	props: {
		style: { display: 'flex', alignItems: 'center', height, flexShrink: 0, ...style },
		children,
	},
});

let blocks = 0;

/** a block of text laid out by satori, placed at (x, y), optionally turned a quarter anticlockwise */
async function textBlock(
	children: SatoriNode[],
	size: { width: number; height: number },
	at: { x: number; y: number; rotate?: boolean },
): Promise<string> {
	const svg = await layoutSvg(
		{
			type: 'div',
			props: {
				style: { display: 'flex', flexDirection: 'column', width: size.width, fontFamily: 'Inter' },
				children,
			},
		},
		size,
	);
	// every satori layout names its masks alike: make the ids unique within the combined SVG
	blocks += 1;
	const unique = svg.replaceAll('satori_', `satori_${blocks}_`);
	const transform = at.rotate
		? `translate(${at.x} ${at.y + size.width}) rotate(-90)`
		: `translate(${at.x} ${at.y})`;
	return `<g transform="${transform}">${unique}</g>`;
}

/** The grid as a standalone SVG, in the words of the locale being rendered. */
export async function classificationSvg(
	stories: readonly GridStory[] = gridStories(),
	facets: readonly GridFacet[] = gridFacets(),
): Promise<string> {
	const layout = rows(facets);
	const gridX = MARGIN + LABEL_WIDTH;
	const gridY = TOP + HEADER;
	const gridWidth = stories.length * COLUMN;
	const height = gridY + layout.height + 72;
	const column = (index: number) => gridX + index * COLUMN;
	const gridTitleText = m.grid_image_title({ count: stories.length });
	const subtitle = m.grid_image_subtitle();
	const attribution = m.grid_image_attribution({ year: editionYears() });

	const title = await textBlock(
		[
			text(gridTitleText, { fontSize: 30, fontWeight: 700, color: INK }, 44),
			text(subtitle, { fontSize: 16, color: MUTED }, 26),
		],
		{ width: WIDTH - 2 * MARGIN, height: 70 },
		{ x: MARGIN, y: 36 },
	);
	const names = await textBlock(
		stories.map((story) => text(story.name, { fontSize: 13, color: INK }, COLUMN)),
		{ width: HEADER - 8, height: gridWidth },
		{ x: gridX, y: TOP, rotate: true },
	);
	const labels = await textBlock(
		layout.rows.map((row) =>
			row.kind === 'facet'
				? text(row.label, { fontSize: 17, fontWeight: 700, color: INK }, row.height)
				: text(
						row.label,
						{ fontSize: 13, color: INK, width: LABEL_WIDTH - 12, lineHeight: 1.3 },
						row.height,
					),
		),
		{ width: LABEL_WIDTH, height: layout.height },
		{ x: MARGIN, y: gridY },
	);
	const footer = await textBlock(
		[text(attribution, { fontSize: 14, color: MUTED }, 24)],
		{ width: WIDTH - 2 * MARGIN, height: 24 },
		{ x: MARGIN, y: height - 44 },
	);

	const stripes = layout.rows
		.filter((row) => row.kind === 'value')
		.map((row, index) =>
			index % 2 === 0
				? `<rect x="${MARGIN}" y="${gridY + row.y}" width="${LABEL_WIDTH + gridWidth}" height="${row.height}" fill="${STRIPE}"/>`
				: '',
		)
		.join('');
	const rules = stories
		.map(
			(_, index) =>
				`<line x1="${column(index)}" y1="${TOP}" x2="${column(index)}" y2="${gridY + layout.height}" stroke="${RULE}" stroke-width="1"/>`,
		)
		.join('');
	const dots = layout.rows
		.flatMap((row) =>
			row.kind === 'value' && row.value
				? stories.map((story, index) => {
						if (!isTagged(story, row.facet, row.value ?? '')) return '';
						return `<circle cx="${column(index) + COLUMN / 2}" cy="${gridY + row.y + row.height / 2}" r="7" fill="${DOT}"><title>${escapeXml(`${story.name}: ${row.label}`)}</title></circle>`;
					})
				: [],
		)
		.join('');

	return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="grid-title grid-desc"><title id="grid-title">${escapeXml(gridTitleText)}</title><desc id="grid-desc">${escapeXml(`${subtitle} ${attribution}`)}</desc><rect width="100%" height="100%" fill="${PAPER}"/>${stripes}${rules}${dots}${title}${names}${labels}${footer}</svg>`;
}

/** The grid as a PNG, twice the SVG's size for sharp text. */
export async function classificationPng(): Promise<Uint8Array> {
	return svgToPng(await classificationSvg(), WIDTH * 2);
}
