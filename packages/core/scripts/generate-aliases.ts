/**
 * Generates data/aliases.json: names the resolver answers to beyond the ISO and dataset names, each
 * labelled with its kind and its source —
 *   - `former-name`: ISO 3166-3 (formerly used names), from `iso-3166`: only a change of name of one
 *     country ("Upper Volta" → Burkina Faso), never a split or a merger;
 *   - `demonym`: world-countries' English and French demonyms ("Malian", "Ivoirien"); one shared by
 *     several countries ("Congolese") names each, so the resolver answers it as ambiguous;
 *   - `qualified-name`: a local authority's name with its country ("Montreal, Canada") or with the
 *     words for its kind of government ("Freetown City Council", "Estado de Tamaulipas"): our reading
 *     of how a municipality or a state is named, applied to the booklet's level of each.
 * Run `pnpm aliases`; `pnpm aliases --check` exits non-zero when the committed file differs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31663 } from 'iso-3166';
import type { Country as WorldCountry } from 'world-countries';
import type * as z from 'zod';
import { type AliasesFile, AliasesFileSchema } from '../src/schema/aliases.js';
import type { GovernmentsFileSchema } from '../src/schema/government.js';
import type { WorldNamesFile } from '../src/schema/world-names.js';
import { jsonText, writeOrCheck } from './generated-file.js';

type GovernmentsFile = z.infer<typeof GovernmentsFileSchema>;

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_PATH = join(root, 'data', 'aliases.json');
const readData = <T>(name: string) =>
	JSON.parse(readFileSync(join(root, 'data', `${name}.json`), 'utf8')) as T;
const versionOf = (name: string) =>
	(require(`${name}/package.json`) as { version: string }).version;

type Group = AliasesFile['groups'][number];
type Locale = NonNullable<Group['locale']>;
/** one alias before grouping */
interface Alias {
	target: string;
	name: string;
	kind: Group['kind'];
	source: string;
	locale?: Locale;
}

/** How a municipality or a state government is named, in the languages of the booklet's countries. */
const DESIGNATIONS: Readonly<Record<'municipality' | 'state', readonly [Locale | null, string][]>> =
	{
		municipality: [
			['en', 'City of {}'],
			['en', '{} City'],
			['en', '{} City Council'],
			['en', '{} Municipal Council'],
			['en', 'Municipality of {}'],
			['en', '{} Municipality'],
			['fr', 'Ville de {}'],
			['fr', 'Mairie de {}'],
			['fr', 'Commune de {}'],
			['es', 'Ciudad de {}'],
			['es', 'Municipio de {}'],
			['es', 'Municipalidad de {}'],
			['es', 'Alcaldía de {}'],
			[null, 'Prefeitura de {}'],
			[null, 'Município de {}'],
		],
		state: [
			['en', 'State of {}'],
			['en', '{} State'],
			['en', '{} State Government'],
			['fr', 'État de {}'],
			['es', 'Estado de {}'],
			['es', 'Gobierno del Estado de {}'],
			['es', 'Gobierno de {}'],
		],
	};

function formerNames(): Alias[] {
	return iso31663
		.filter((entry) => entry.type === 'change' && entry.to.length === 1)
		.flatMap((entry) => {
			const [to] = entry.to;
			if (to?.state !== 'assigned') return [];
			return [
				// iso-3166 gives ISO's English short names
				{
					target: to.alpha3,
					name: entry.from.name,
					kind: 'former-name',
					source: 'iso-3166-3',
					locale: 'en',
				},
			];
		});
}

function demonyms(): Alias[] {
	const countries = require('world-countries') as WorldCountry[];
	const languages: [string, Locale][] = [
		['eng', 'en'],
		['fra', 'fr'],
	];
	return countries.flatMap((country) =>
		languages.flatMap(([language, locale]) => {
			const forms = country.demonyms?.[language];
			if (!forms) return [];
			// "Kittitian or Nevisian", "Antiguan, Barbudan": each is a demonym
			const names = [forms.m, forms.f].flatMap((form) => form.split(/, | or /));
			return [...new Set(names.map((name) => name.trim()).filter(Boolean))].map(
				(name): Alias => ({
					target: country.cca3,
					name,
					kind: 'demonym',
					source: 'world-countries',
					locale,
				}),
			);
		}),
	);
}

function qualifiedLocalNames(): Alias[] {
	const { countries } = readData<GovernmentsFile>('governments');
	const world = readData<WorldNamesFile>('world-names');
	return countries.flatMap((country) => {
		const isoNames = world.countries.find((entry) => entry.alpha3 === country.alpha3)?.names;
		const countryNames = new Set([
			country.bookletName,
			country.name,
			...(isoNames ? [isoNames.en[0], isoNames.fr[0], isoNames.es[0]] : []),
		]);
		return country.localAuthorities.flatMap((authority) => {
			const level = authority.level.value === 'state' ? 'state' : 'municipality';
			const own = new Set([
				authority.bookletName,
				...(level === 'municipality' ? [authority.gazetteer.name] : []),
			]);
			const alias = (name: string, locale: Locale | null): Alias => ({
				target: authority.id,
				name,
				kind: 'qualified-name',
				source: 'mgi-stories-reading',
				...(locale ? { locale } : {}),
			});
			return [...own].flatMap((name) => [
				...[...countryNames]
					.filter((countryName): countryName is string => countryName !== undefined)
					.map((countryName) => alias(`${name}, ${countryName}`, null)),
				...DESIGNATIONS[level].map(([locale, pattern]) =>
					alias(pattern.replace('{}', name), locale),
				),
			]);
		});
	});
}

/** world-countries also lists Kosovo (UNK), which is not in ISO 3166-1: the resolver does not know it. */
function namesKnownTarget(alias: Alias): boolean {
	const world = readData<WorldNamesFile>('world-names');
	return (
		!/^[A-Z]{3}$/.test(alias.target) ||
		world.countries.some((country) => country.alpha3 === alias.target)
	);
}

/** Aliases grouped by kind, source and language, each group's names by target, all sorted. */
function grouped(aliases: readonly Alias[]): Group[] {
	const groups = new Map<string, Group & { names: Record<string, string[]> }>();
	for (const { target, name, kind, source, locale } of aliases) {
		const key = `${kind} ${source} ${locale ?? ''}`;
		const group = groups.get(key) ?? { kind, source, ...(locale ? { locale } : {}), names: {} };
		groups.set(key, group);
		group.names[target] ??= [];
		group.names[target].push(name);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([, group]) => ({
			...group,
			names: Object.fromEntries(
				Object.entries(group.names)
					.sort(([a], [b]) => a.localeCompare(b))
					.map(([target, names]) => [target, names.sort((a, b) => a.localeCompare(b, 'en'))]),
			),
		}));
}

function unique(aliases: readonly Alias[]): Alias[] {
	const seen = new Set<string>();
	return aliases.filter((alias) => {
		const key = `${alias.target}\u0000${alias.name}\u0000${alias.kind}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function buildFile() {
	return AliasesFileSchema.parse({
		sources: [
			{
				id: 'iso-3166-3',
				title:
					'ISO 3166-3: code elements for formerly used names of countries, as packaged by iso-3166',
				shortName: 'ISO 3166-3',
				from: `iso-3166@${versionOf('iso-3166')}`,
				licence: 'MIT',
				licenceUrl: 'https://opensource.org/license/mit',
				kinds: ['former-name'],
				note: 'Only changes of name of one country that is still assigned; splits and mergers name no single country. The names are ISO’s English short names.',
			},
			{
				id: 'world-countries',
				title: 'world-countries (mledoze/countries): demonyms',
				from: `world-countries@${versionOf('world-countries')}`,
				licence: 'ODbL-1.0',
				licenceUrl: 'https://opendatacommons.org/licenses/odbl/1.0/',
				kinds: ['demonym'],
				note: 'English and French demonyms, masculine and feminine; a demonym several countries share names each of them.',
			},
			{
				id: 'mgi-stories-reading',
				title: "The mgi-stories project's own reading",
				from: 'mgi-stories',
				licence: 'CC-BY-4.0',
				licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
				kinds: ['qualified-name'],
				note: "A local authority's booklet name (and a municipality's gazetteer name) with its country's names, or with the usual words for its level of government (scripts/generate-aliases.ts lists them).",
			},
		],
		groups: grouped(
			unique([...formerNames(), ...demonyms(), ...qualifiedLocalNames()]).filter(namesKnownTarget),
		),
	});
}

/** The file's text exactly as this script writes it. */
export const aliasesJson = (): string => jsonText(buildFile());

function main(): void {
	const json = aliasesJson();
	writeOrCheck(OUTPUT_PATH, json, 'aliases');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
