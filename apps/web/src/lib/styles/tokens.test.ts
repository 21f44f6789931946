import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** the custom properties declared in the first block after `marker` */
function declarations(marker: string): Map<string, string> {
	const start = css.indexOf('{', css.indexOf(marker));
	const block = css.slice(start + 1, css.indexOf('}', start));
	return new Map(
		[...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [
			name,
			value.trim(),
		]),
	);
}

const light = declarations(':root');
const dark = new Map([...light, ...declarations('(prefers-color-scheme: dark)')]);

/** a token's colour, following `var(--other)` */
function colour(scheme: Map<string, string>, name: string): string {
	const value = scheme.get(name);
	if (value === undefined) throw new Error(`no token ${name}`);
	const alias = /^var\((--[\w-]+)\)$/.exec(value);
	if (alias?.[1]) return colour(scheme, alias[1]);
	if (!/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is not a #rrggbb colour: ${value}`);
	return value;
}

/** WCAG 2 relative luminance */
function luminance(hex: string): number {
	const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
		const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

/** text on its backgrounds: 4.5:1 (WCAG 1.4.3) */
const TEXT: [string, string][] = [
	['--fg', '--bg'],
	['--fg', '--surface'],
	['--fg', '--surface-2'],
	['--muted', '--bg'],
	['--muted', '--surface'],
	['--link', '--bg'],
	['--link', '--surface'],
	['--link', '--accent-soft'],
	['--link-hover', '--bg'],
	['--link-hover', '--accent-soft'],
	['--on-accent', '--accent'],
	['--on-accent', '--link-hover'],
	['--mark-fg', '--mark-bg'],
	['--link', '--mark-bg'],
	['--good-fg', '--good-bg'],
	['--bad-fg', '--bad-bg'],
	['--neutral-fg', '--neutral-bg'],
	['--fg', '--bad-bg'],
	['--fg', '--accent-soft'],
];

/** marks that carry meaning: 3:1 against what they sit on (WCAG 1.4.11) */
const MARKS: [string, string][] = [
	['--focus', '--bg'],
	['--focus', '--surface'],
	['--control', '--bg'],
	['--accent', '--bg'],
	['--accent', '--surface'],
	['--mark-rule', '--bg'],
	['--mark-rule', '--surface'],
	['--participant', '--land'],
	['--participant', '--ocean'],
	['--story', '--participant'],
	['--story', '--land'],
	['--local', '--land'],
	['--local', '--ocean'],
	['--local-stroke', '--participant'],
	['--local-stroke', '--story'],
	['--bg', '--story'],
	['--here', '--land'],
	['--here', '--ocean'],
	['--bg', '--here'],
	['--mark-rule', '--mark-bg'],
	['--bg', '--participant'],
];

/**
 * Land is no meaningful mark, but it must read as land at a glance; dark greys need a larger ratio than
 * light ones to look as far apart (dark land at 1.4:1 sank into the ocean).
 */
const DARK_LAND_ON_OCEAN = 1.6;

describe.each([
	['light', light],
	['dark', dark],
])('the %s palette', (_name, scheme) => {
	it.each(TEXT)('text %s on %s reaches 4.5:1', (fg, bg) => {
		expect(contrast(colour(scheme, fg), colour(scheme, bg))).toBeGreaterThanOrEqual(4.5);
	});

	it.each(MARKS)('mark %s against %s reaches 3:1', (mark, ground) => {
		expect(contrast(colour(scheme, mark), colour(scheme, ground))).toBeGreaterThanOrEqual(3);
	});
});

it('in the dark scheme, land stands out from the ocean', () => {
	expect(contrast(colour(dark, '--land'), colour(dark, '--ocean'))).toBeGreaterThanOrEqual(
		DARK_LAND_ON_OCEAN,
	);
});

describe('contrast', () => {
	it('follows WCAG: black on white is 21:1 and a colour on itself 1:1', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#0b5f66', '#0b5f66')).toBe(1);
	});
});
