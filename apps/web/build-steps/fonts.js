/**
 * @module The site's two typefaces, subset at build time to the characters each language's pages
 * use, so a page downloads a few dozen kilobytes of font instead of whole Latin subsets. For each
 * locale of project.inlang/settings.json it collects the characters of that locale's messages, of
 * core's data (the booklet's words and every name shown) and of the components' own markup, and
 * cuts @fontsource-variable's Latin and Latin Extended files down to them (harfbuzz, through
 * subset-font), keeping the weight axis between the lightest and boldest weights the CSS uses,
 * and the serif without alternate glyphs: at most 50 KB of font on any page (page-weight.test.ts).
 * It writes the files and their @font-face rules, one family name per locale selected with
 * `:lang()`, into `.fonts/`, which the stylesheet imports.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/** the weights the stylesheets set (400 to 700): the variable axis is cut to that range */
const WEIGHTS = { min: 400, max: 700 };

/**
 * @fontsource-variable's two files per family and the characters each covers (its unicode-range):
 * where they overlap (œ, ı) the Latin file is used, as every page loads it.
 */
/** @type {Record<'latin' | 'latin-ext', [number, number][]>} */
const RANGES = {
	latin: [
		[0x0000, 0x00ff],
		[0x0131, 0x0131],
		[0x0152, 0x0153],
		[0x02bb, 0x02bc],
		[0x02c6, 0x02c6],
		[0x02da, 0x02da],
		[0x02dc, 0x02dc],
		[0x0304, 0x0304],
		[0x0308, 0x0308],
		[0x0329, 0x0329],
		[0x2000, 0x206f],
		[0x20ac, 0x20ac],
		[0x2122, 0x2122],
		[0x2191, 0x2191],
		[0x2193, 0x2193],
		[0x2212, 0x2212],
		[0x2215, 0x2215],
		[0xfeff, 0xfeff],
		[0xfffd, 0xfffd],
	],
	'latin-ext': [
		[0x0100, 0x02ba],
		[0x02bd, 0x02c5],
		[0x02c7, 0x02cc],
		[0x02ce, 0x02d7],
		[0x02dd, 0x02ff],
		[0x1d00, 0x1dbf],
		[0x1e00, 0x1e9f],
		[0x1ef2, 0x1eff],
		[0x2020, 0x2020],
		[0x20a0, 0x20ab],
		[0x20ad, 0x20c0],
		[0x2113, 0x2113],
		[0x2c60, 0x2c7f],
		[0xa720, 0xa7ff],
	],
};

/** the typefaces: the CSS variable naming the locale's family, and @fontsource-variable's files */
const FAMILIES = [
	{
		name: 'Inter',
		variable: '--face-sans',
		// its alternates stay: tabular figures line up the tables' numbers
		layoutClosure: true,
		/** @param {string} subset */
		file: (subset) => `@fontsource-variable/inter/files/inter-${subset}-wght-normal.woff2`,
	},
	{
		name: 'Source Serif 4',
		variable: '--face-serif',
		// headings and the booklet's words need no alternate glyphs (small capitals, old-style figures)
		layoutClosure: false,
		/** @param {string} subset */
		file: (subset) =>
			`@fontsource-variable/source-serif-4/files/source-serif-4-${subset}-wght-normal.woff2`,
	},
];

/** @param {number} code @param {[number, number][]} ranges */
const inRanges = (code, ranges) => ranges.some(([from, to]) => code >= from && code <= to);

/** @param {string} directory @param {RegExp} name @returns {string[]} */
function filesUnder(directory, name) {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : filesUnder(path, name);
		return name.test(entry.name) ? [path] : [];
	});
}

/**
 * The characters a locale's pages can show: its messages, core's data (every language's names are
 * in it, a small superset) and the text written into the components.
 * @param {string} root the app's folder @param {string} locale
 * @returns {Set<string>}
 */
export function localeCharacters(root, locale) {
	const require = createRequire(join(root, 'package.json'));
	const coreData = join(dirname(require.resolve('@mgi-stories/core/package.json')), 'data');
	const texts = [
		readFileSync(join(root, 'messages', `${locale}.json`), 'utf8'),
		...filesUnder(coreData, /\.json$/).map((path) => readFileSync(path, 'utf8')),
		// not the tests beside them: no page shows their words (and a test edit leaves the build as it is)
		...filesUnder(join(root, 'src'), /\.(svelte|ts|css)$/)
			.filter((path) => !path.endsWith('.test.ts'))
			.map((path) => readFileSync(path, 'utf8')),
	];
	// JSON escapes (\u202f) and what Intl writes (French group separators) are characters too
	const characters = new Set(
		texts
			.join('')
			.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16))),
	);
	for (const extra of ['\u00a0', '\u202f', '\u2009', '\u2026']) characters.add(extra);
	return characters;
}

/** not a control character or a line or paragraph separator: nothing a font draws @param {number} code */
const isVisible = (code) => code >= 0x20 && code !== 0x7f && code !== 0x2028 && code !== 0x2029;

/** @param {number} code */
const hex = (code) => code.toString(16).toUpperCase();

/** A CSS unicode-range of sorted code points, runs written as ranges ("U+20-7E, U+A0"). @param {number[]} codes */
function unicodeRange(codes) {
	/** @type {[number, number][]} */
	const runs = [];
	for (const code of codes) {
		const last = runs.at(-1);
		if (last && code === last[1] + 1) last[1] = code;
		else runs.push([code, code]);
	}
	return runs
		.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
		.join(', ');
}

/**
 * Subsets every family for every locale into `outDir`.
 * @param {string} root the app's folder @param {string} outDir
 * @returns {Promise<{ file: string, locale: string, family: string, bytes: number }[]>}
 */
export async function subsetFonts(root, outDir) {
	const require = createRequire(join(root, 'package.json'));
	const settings = JSON.parse(readFileSync(join(root, 'project.inlang', 'settings.json'), 'utf8'));
	/** @type {string[]} */
	const locales = settings.locales;
	mkdirSync(outDir, { recursive: true });
	const written = [];
	const rules = [];
	for (const locale of locales) {
		const characters = localeCharacters(root, locale);
		const codes = [...characters]
			.map((character) => character.codePointAt(0) ?? 0)
			.filter(isVisible)
			.sort((a, b) => a - b);
		for (const family of FAMILIES) {
			// Latin Extended first: of two faces whose ranges overlap, the one declared last is used
			for (const subset of /** @type {const} */ (['latin-ext', 'latin'])) {
				const wanted = codes.filter(
					(code) =>
						inRanges(code, RANGES[subset]) && (subset === 'latin' || !inRanges(code, RANGES.latin)),
				);
				if (wanted.length === 0) continue;
				const source = readFileSync(require.resolve(family.file(subset)));
				const font = await subsetFont(source, String.fromCodePoint(...wanted), {
					targetFormat: 'woff2',
					variationAxes: { wght: WEIGHTS },
					noLayoutClosure: !family.layoutClosure,
				});
				const file = `${family.name.toLowerCase().replace(/\s+/g, '-')}-${subset}-${locale}.woff2`;
				writeFileSync(join(outDir, file), font);
				written.push({ file, locale, family: family.name, bytes: font.length });
				rules.push(`@font-face {
	font-family: "${family.name} ${locale}";
	font-style: normal;
	font-display: swap;
	font-weight: ${WEIGHTS.min} ${WEIGHTS.max};
	src: url("./${file}") format("woff2");
	unicode-range: ${unicodeRange(wanted)};
}`);
			}
		}
		rules.push(
			`:root:lang(${locale}) {\n${FAMILIES.map((family) => `\t${family.variable}: "${family.name} ${locale}";`).join('\n')}\n}`,
		);
	}
	writeFileSync(
		join(outDir, 'fonts.css'),
		`/* generated by fonts.js at build time: do not edit */\n${rules.join('\n\n')}\n`,
	);
	return written;
}

/** @returns {import('vite').Plugin} */
export function fonts() {
	let done;
	return {
		name: 'mgi-stories:fonts',
		async config(config) {
			// before any stylesheet is read: they import the generated rules
			const root = config.root ?? process.cwd();
			done ??= subsetFonts(root, join(root, '.fonts'));
			await done;
			// a small subset is still a file: the CSP allows fonts from the site only, not data: URLs
			return {
				build: {
					assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
				},
			};
		},
	};
}
