/**
 * @module share images (og:image): the page's map and title as a 1200×630 PNG, made at build time.
 * Satori lays out the text (local .woff fonts, no network) as SVG paths; resvg renders it with the map.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { m } from '$lib/paraglide/messages';
import type { LocatorMap, WorldMap } from '$lib/types';
import { editionYears } from './editions';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/${file}`));

type Font = { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' };
let fonts: Font[] | undefined;
/** the site's faces: Inter for words around, Source Serif 4 for the title (satori reads no WOFF2) */
const loadFonts = () => {
	fonts ??= [
		{
			name: 'Inter',
			data: font('inter/files/inter-latin-400-normal.woff'),
			weight: 400,
			style: 'normal',
		},
		{
			name: 'Inter',
			data: font('inter/files/inter-latin-700-normal.woff'),
			weight: 700,
			style: 'normal',
		},
		{
			name: 'Source Serif 4',
			data: font('source-serif-4/files/source-serif-4-latin-600-normal.woff'),
			weight: 600,
			style: 'normal',
		},
	];
	return fonts;
};

/** fixed colours, the site's light scheme (tokens.css): an image looks the same wherever it is shown */
export const IMAGE_COLOURS = {
	ink: '#14181c',
	muted: '#4f5863',
	paper: '#ffffff',
	teal: '#0b5f66',
	ocean: '#f3f5f7',
	land: '#e1e5e8',
} as const;
const {
	ink: INK,
	muted: MUTED,
	paper: PAPER,
	teal: TEAL,
	ocean: OCEAN,
	land: LAND,
} = IMAGE_COLOURS;
const TEAL_SOFT = '#e3f0f0';
const PARTICIPANT = '#2f8a90';
const FOCUS = '#0a3a3e';
const MARKER = '#c2410c';
/** the locator's "this place" (--here in tokens.css) */
const HERE = '#7c3aed';

/** A satori layout (the subset of React elements satori reads). */
export type SatoriNode = Parameters<typeof satori>[0];

/** Lays out a tree with the site's Inter (local files): SVG whose text is drawn as shapes. */
export const layoutSvg = (node: SatoriNode, size: { width: number; height: number }) =>
	satori(node, { ...size, fonts: loadFonts() });

/** Renders an SVG to a PNG `width` pixels wide, offline (no system fonts: text must be shapes). */
export function svgToPng(svg: string, width: number): Uint8Array {
	return new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		font: { loadSystemFonts: false },
	})
		.render()
		.asPng();
}

export const escapeXml = (text: string) =>
	text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** The map as SVG elements in its own coordinates. */
export function mapElements(map: WorldMap | LocatorMap): string {
	const base = `<path d="${map.sphere}" fill="${OCEAN}" stroke="#767f8a" stroke-width="0.75"/><path d="${map.land}" fill="${LAND}" stroke="#fff" stroke-width="0.5"/><path d="${map.disputed.area}" fill="${LAND}" stroke="#fff" stroke-width="0.5"/>`;
	const disputed = `<path d="${map.disputed.boundary}" fill="none" stroke="${INK}" stroke-width="0.8" stroke-dasharray="2.5 2"/>`;
	if ('countries' in map) {
		const shapes = map.countries
			.map((country) =>
				country.path
					? `<path d="${country.path}" fill="${country.hasStory ? FOCUS : PARTICIPANT}" stroke="#fff" stroke-width="0.5"/>`
					: `<circle cx="${country.x}" cy="${country.y}" r="5" fill="${country.hasStory ? FOCUS : PARTICIPANT}"/>`,
			)
			.join('');
		const dots = map.localAuthorities
			.map(
				(point) =>
					`<circle cx="${point.x + point.dx}" cy="${point.y + point.dy}" r="4" fill="${MARKER}" stroke="#fff" stroke-width="1.2"/>`,
			)
			.join('');
		return base + shapes + disputed + dots;
	}
	// as the page's locator draws it: neighbours as the home map fills them, this place in its own hue
	const neighbours = map.neighbours
		.map(
			(neighbour) =>
				`<path d="${neighbour.path}" fill="${neighbour.hasStory ? FOCUS : PARTICIPANT}" stroke="#fff" stroke-width="0.5"/>`,
		)
		.join('');
	const highlight = map.highlight
		? `<path d="${map.highlight}" fill="none" stroke="${PAPER}" stroke-width="6" stroke-linejoin="round"/><path d="${map.highlight}" fill="${HERE}" stroke="${INK}" stroke-width="2" stroke-linejoin="round"/>`
		: '';
	const mark = map.local
		? `<circle cx="${map.x}" cy="${map.y}" r="12" fill="none" stroke="${PAPER}" stroke-width="7"/><circle cx="${map.x}" cy="${map.y}" r="12" fill="none" stroke="${MARKER}" stroke-width="3"/>`
		: map.dot
			? `<circle cx="${map.x}" cy="${map.y}" r="14" fill="none" stroke="${PAPER}" stroke-width="7"/><circle cx="${map.x}" cy="${map.y}" r="14" fill="none" stroke="${INK}" stroke-width="3"/><circle cx="${map.x}" cy="${map.y}" r="6" fill="${HERE}" stroke="${PAPER}" stroke-width="2"/>`
			: '';
	return `${base}${neighbours}${highlight}${disputed}${mark}`;
}

/** the title as large as the card holds it: long French and Spanish titles step down */
const titleSize = (title: string) =>
	title.length > 60 ? 46 : title.length > 40 ? 54 : title.length > 18 ? 64 : 80;

export interface ShareCard {
	/** a short line above the title, e.g. "Success story · page 10" */
	kicker: string;
	title: string;
	map: WorldMap | LocatorMap;
}

/** Every word a card draws, in the locale being rendered (the PNG holds them only as shapes). */
export const shareTexts = (card: ShareCard) => ({
	kicker: card.kicker,
	title: card.title,
	site: m.site_name(),
	tagline: m.og_tagline({ year: editionYears() }),
});

/** The card as SVG: the map on the right, the title on the left. */
export async function shareSvg(card: ShareCard): Promise<string> {
	const words = shareTexts(card);
	const text = await layoutSvg(
		{
			type: 'div',
			props: {
				style: {
					display: 'flex',
					flexDirection: 'column',
					justifyContent: 'space-between',
					width: 500,
					height: SHARE_HEIGHT - 104,
					margin: '64px 0 52px 72px',
					fontFamily: 'Inter',
					color: INK,
				},
				children: [
					{
						type: 'div',
						props: {
							style: { display: 'flex', flexDirection: 'column' },
							children: [
								{
									type: 'div',
									props: {
										style: {
											fontSize: 26,
											color: TEAL,
											fontWeight: 700,
											letterSpacing: 1,
											textTransform: 'uppercase',
											marginBottom: 24,
										},
										children: words.kicker,
									},
								},
								{
									type: 'div',
									props: {
										style: {
											fontFamily: 'Source Serif 4',
											fontSize: titleSize(card.title),
											fontWeight: 600,
											lineHeight: 1.08,
										},
										children: words.title,
									},
								},
							],
						},
					},
					{
						type: 'div',
						props: {
							style: {
								display: 'flex',
								flexDirection: 'column',
								fontSize: 24,
								lineHeight: 1.35,
								borderTop: `4px solid ${TEAL}`,
								paddingTop: 18,
							},
							children: [
								{
									type: 'div',
									props: { style: { fontWeight: 700, color: TEAL }, children: words.site },
								},
								{
									type: 'div',
									props: {
										style: { color: MUTED },
										children: words.tagline,
									},
								},
							],
						},
					},
				],
			},
		},
		{ width: 640, height: SHARE_HEIGHT },
	);
	// the map sits on a pale teal panel on the right, the title on white on the left
	const panel = 560;
	const mapWidth = panel - 48;
	const scale = mapWidth / card.map.width;
	const mapHeight = card.map.height * scale;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}"><title>${escapeXml(card.title)}</title><rect width="100%" height="100%" fill="${PAPER}"/><rect x="${SHARE_WIDTH - panel}" width="${panel}" height="100%" fill="${TEAL_SOFT}"/><rect width="100%" height="14" fill="${TEAL}"/><g transform="translate(${SHARE_WIDTH - panel + (panel - mapWidth) / 2} ${(SHARE_HEIGHT - mapHeight) / 2 + 7}) scale(${scale})">${mapElements(card.map)}</g>${text.replace('<svg ', '<svg x="0" y="0" ')}</svg>`;
}

/** The card as a PNG. */
export async function sharePng(card: ShareCard): Promise<Uint8Array> {
	return svgToPng(await shareSvg(card), SHARE_WIDTH);
}
