/**
 * Vendors data/un-names.json from the public-domain repository datasets/country-codes (PDDL-1.0),
 * pinned at COMMIT: the UNTERM short and formal names in English, French and Spanish of every
 * country or area in M49 (data/country-codes.csv), and the M49 names of the countries and of the
 * regions, sub-regions and intermediate regions in the three languages (tmp/UNSD-<locale>.csv).
 *
 * `pnpm un-names [--from <checkout or bare git dir>]` writes the file; with `--check` it exits non-zero
 * when the committed file differs. Without `--from`, the files are downloaded at COMMIT from GitHub.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
	UN_NAME_LANGUAGES as LOCALES,
	type UnNameLanguage as Locale,
	UnNamesFileSchema,
} from '../src/schema/un-names.js';
import { jsonText, writeOrCheck } from './generated-file.js';

const OUTPUT_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'un-names.json');
const REPOSITORY = 'https://github.com/datasets/country-codes';
const COMMIT = 'caa72d1e0e5af8876c170bb36a9e4d64a01bba88';
const COMMITTED = '2026-05-15T14:49:59+00:00';
const UNTERM_LANGUAGE: Record<Locale, string> = { en: 'English', fr: 'French', es: 'Spanish' };
const COUNTRY_CODES = 'data/country-codes.csv';
const unsdFile = (locale: Locale) => `tmp/UNSD-${locale}.csv`;
const FILES = [COUNTRY_CODES, ...LOCALES.map(unsdFile)];

type Row = Record<string, string>;

/** A file of the repository at COMMIT, from a local checkout or bare git dir, or from GitHub. */
async function readSource(path: string, from: string | undefined): Promise<string> {
	if (!from) {
		const url = `https://raw.githubusercontent.com/datasets/country-codes/${COMMIT}/${path}`;
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		return response.text();
	}
	const gitDir = existsSync(join(from, '.git')) ? join(from, '.git') : from;
	return execFileSync('git', ['--git-dir', gitDir, 'show', `${COMMIT}:${path}`], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
}

const rows = (text: string): Row[] =>
	parse(text, { columns: true, skip_empty_lines: true, bom: true });
const m49Code = (value: string) => value.padStart(3, '0');

async function buildFile(from: string | undefined) {
	const [codes, ...unsd] = await Promise.all(FILES.map((file) => readSource(file, from)));
	const unterm = new Map(
		rows(codes ?? '')
			.filter((row) => row.M49)
			.map((row) => [m49Code(row.M49 ?? ''), row]),
	);
	const byLocale = Object.fromEntries(
		LOCALES.map((locale, index) => [
			locale,
			new Map(rows(unsd[index] ?? '').map((row) => [row['M49 Code'] ?? '', row])),
		]),
	) as Record<Locale, Map<string, Row>>;
	const areas = new Map<string, { level: string; names: Partial<Record<Locale, string>> }>();
	const LEVELS = [
		['region', 'Region'],
		['subregion', 'Sub-region'],
		['intermediate-region', 'Intermediate Region'],
	] as const;
	const countries = [...byLocale.en.keys()].sort().map((m49) => {
		const row = (locale: Locale): Row => {
			const found = byLocale[locale].get(m49);
			if (!found) throw new Error(`${unsdFile(locale)} has no row for M49 ${m49}`);
			return found;
		};
		const codesRow = unterm.get(m49);
		if (!codesRow) throw new Error(`${COUNTRY_CODES} has no row for M49 ${m49}`);
		const areaCodes: string[] = [];
		for (const [level, column] of LEVELS) {
			const code = row('en')[`${column} Code`];
			if (!code) continue;
			areaCodes.push(code);
			const area = areas.get(code) ?? { level, names: {} };
			for (const locale of LOCALES) area.names[locale] = row(locale)[`${column} Name`];
			areas.set(code, area);
		}
		const untermName = (locale: Locale) => {
			const short = codesRow[`UNTERM ${UNTERM_LANGUAGE[locale]} Short`]?.trim();
			const formal = codesRow[`UNTERM ${UNTERM_LANGUAGE[locale]} Formal`]?.trim();
			return short && formal ? { short, formal } : null;
		};
		return {
			m49,
			alpha2: row('en')['ISO-alpha2 Code'],
			alpha3: row('en')['ISO-alpha3 Code'],
			unterm: { en: untermName('en'), fr: untermName('fr'), es: untermName('es') },
			m49Names: Object.fromEntries(
				LOCALES.map((locale) => [locale, row(locale)['Country or Area']]),
			),
			areas: areaCodes,
		};
	});
	return UnNamesFileSchema.parse({
		source: {
			id: 'datasets-country-codes',
			title:
				'datasets/country-codes: UN Terminology (UNTERM) country names and UNSD M49 names and areas, in English, French and Spanish',
			repository: REPOSITORY,
			commit: COMMIT,
			committed: COMMITTED,
			files: FILES,
			licence: 'PDDL-1.0',
			licenceUrl: 'https://opendatacommons.org/licenses/pddl/1-0/',
			upstream: [
				{
					title:
						'United Nations Protocol and Liaison Service: UNTERM country names (unterm-efsrca.xlsx)',
					url: 'https://www.un.org/dgacm/sites/www.un.org.dgacm/files/Documents_Protocol/unterm-efsrca.xlsx',
				},
				{
					title:
						'United Nations Statistics Division: Standard country or area codes for statistical use (M49)',
					url: 'https://unstats.un.org/unsd/methodology/m49/',
				},
			],
			note: 'Columns vendored as the repository gives them: `UNTERM <language> Short/Formal` from data/country-codes.csv (null where UNTERM lists none), and the M49 country or area, region, sub-region and intermediate-region names from tmp/UNSD-<locale>.csv. UNTERM\'s French and Spanish short names keep their article in brackets, e.g. "Albanie (l\')", "Canadá (el)".',
		},
		countries,
		areas: [...areas]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([code, { level, names }]) => ({ code, level, names })),
	});
}

/** The file's text exactly as this script writes it. */
export const unNamesJson = async (from?: string): Promise<string> =>
	jsonText(await buildFile(from));

async function main(): Promise<void> {
	const fromIndex = process.argv.indexOf('--from');
	const from = fromIndex >= 0 ? process.argv[fromIndex + 1] : undefined;
	const json = await unNamesJson(from);
	writeOrCheck(OUTPUT_PATH, json, 'un-names');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
