/**
 * @module build-time only: which schema validates each data file, and how the validated files become
 * the modules the package ships. `scripts/generate-modules.ts` runs this; nothing at runtime imports it.
 */
import type * as z from 'zod';
import { DataError } from './errors.js';
import { assertCatalogues } from './i18n/completeness.js';
import { LANGUAGES, TRANSLATED_LOCALES } from './i18n/locale.js';
import { assertIntegrity } from './integrity.js';
import * as schemas from './schema/index.js';
import type { DatasetRelease } from './types.js';

/**
 * Whether UNTERM's formal name only repeats the short name with its article ("le Népal" for "Népal
 * (le)", "el Canadá"): a country without a longer name, so with no official name of its own to show.
 */
function repeatsShortName(
	locale: (typeof TRANSLATED_LOCALES)[number],
	{ short, formal }: { short: string; formal: string },
): boolean {
	const articles = LANGUAGES[locale].articles as readonly string[];
	const bracketed = /^(.*) \(([^()]+?)'?\)$/.exec(short);
	const name = bracketed && articles.includes(bracketed[2] ?? '') ? bracketed[1] : short;
	const leading = /^(\p{L}+)(?: |')/u.exec(formal);
	const unprefixed =
		leading && articles.includes(leading[1] ?? '') ? formal.slice(leading[0].length) : formal;
	return unprefixed === name;
}

/** One data file: the schema that validates it and the key that names a record in an error. */
export interface Collection {
	schema: z.ZodType;
	/** the schema's export name, for collections found by convention (their type is inferred from it) */
	schemaName?: string;
}

const RECORD_KEYS = ['slug', 'id', 'alpha3', 'version'] as const;

/** Data files with a schema of their own; any other `data/<name>.json` is validated by `<Name>FileSchema` or `<Name>Schema`. */
export const COLLECTIONS: Readonly<Record<string, Collection>> = {
	publications: { schema: schemas.PublicationsFileSchema },
	vocabulary: { schema: schemas.VocabularySchema },
	governments: { schema: schemas.GovernmentsFileSchema },
	stories: { schema: arrayOf(schemas.StoryRecordSchema) },
	classification: { schema: schemas.ClassificationFileSchema },
	claims: { schema: arrayOf(schemas.ClaimSchema) },
	/** data/i18n/<locale>.json, read together */
	catalogues: { schema: schemas.CataloguesSchema },
};

function arrayOf(schema: z.ZodType): z.ZodType {
	// the array schema is built from the record schema's own zod instance, so this module needs no zod import
	return (schema as unknown as { array(): z.ZodType }).array();
}

const pascal = (name: string) =>
	name.replace(/(^|[-_])(\w)/g, (_, _sep: string, letter: string) => letter.toUpperCase());

/** The collection a data file belongs to, by name or by the schema naming convention. */
export function collectionOf(name: string): Collection {
	const declared = COLLECTIONS[name];
	if (declared) return declared;
	const exported = schemas as unknown as Record<string, z.ZodType | undefined>;
	const schemaName = [`${pascal(name)}FileSchema`, `${pascal(name)}Schema`].find(
		(candidate) => exported[candidate] !== undefined,
	);
	const schema = schemaName ? exported[schemaName] : undefined;
	if (!schema || !schemaName)
		throw new DataError(
			name,
			'*',
			'(collection)',
			`no schema: declare data/${name}.json in COLLECTIONS or export ${pascal(name)}FileSchema`,
		);
	return { schema, schemaName };
}

/**
 * Names the record and field of a zod issue path: the innermost array element with a key (slug, id,
 * alpha-3) is the record, e.g. `[3, 'photo', 'caption']` → `albania`, `photo.caption`; without one,
 * the first step is, e.g. `['albania', 2, 'evidence']` → `albania`, `2.evidence`.
 */
function locate(value: unknown, path: readonly PropertyKey[]): { record: string; field: string } {
	if (path.length === 0) return { record: '*', field: '(collection)' };
	let record = String(path[0]);
	let start = 1;
	let at = value;
	path.forEach((step, index) => {
		const next = (at as Record<PropertyKey, unknown> | null | undefined)?.[step];
		if (Array.isArray(at)) {
			const key = RECORD_KEYS.map(
				(name) => (next as Record<string, unknown> | null | undefined)?.[name],
			).find((candidate) => typeof candidate === 'string');
			if (typeof key === 'string' || index === 0) {
				record = typeof key === 'string' ? key : String(step);
				start = index + 1;
			}
		}
		at = next;
	});
	return { record, field: path.slice(start).map(String).join('.') || '(record)' };
}

/** Validates one data file with its collection's schema; the error names the record and field. */
export function parseCollection(name: string, value: unknown): unknown {
	const result = collectionOf(name).schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const { record, field } = locate(value, issue?.path ?? []);
	throw new DataError(name, record, field, issue?.message ?? 'invalid');
}

/** The data file that dates each version of the data; it is left out of the version it dates. */
export const RELEASES_FILE = 'releases';

/**
 * The release of the data whose content hash is `version`, from data/releases.json. Throws when the
 * data changed without a dated release, printing the entry to add, so no change to the data goes undated.
 */
export function releaseOf(releases: unknown, version: string, today = new Date()): DatasetRelease {
	const listed = parseCollection(RELEASES_FILE, releases) as readonly schemas.Release[];
	const release = listed.find((candidate) => candidate.version === version);
	if (release) return { version, date: release.date };
	const entry = {
		version,
		date: today.toISOString().slice(0, 10),
		summary: 'What changed in the data, in one sentence.',
	};
	throw new DataError(
		RELEASES_FILE,
		version,
		'(release)',
		`the data changed (its content hash is now ${version}) and data/${RELEASES_FILE}.json does not date it. Add this entry at the top of data/${RELEASES_FILE}.json, with the release day and a summary of the change:\n${JSON.stringify(entry, null, '\t')}`,
	);
}

type Parsed = {
	publications: schemas.Publication[];
	vocabulary: schemas.Vocabulary;
	governments: z.infer<typeof schemas.GovernmentsFileSchema>;
	stories: schemas.StoryRecord[];
	classification: Record<string, schemas.Tag[]>;
	claims: schemas.Claim[];
	catalogues: schemas.Catalogues;
} & Record<string, unknown>;

/** A module to emit: its exports, each a JSON value and the public type it is declared with. */
export interface ModuleSpec {
	/** each export's value and type; `packed`: a list of records shipped packed (`src/packed.ts`) */
	exports: Record<string, { value: unknown; type: string; packed?: boolean }>;
}

/** Everything the build emits: one module per collection, and the literal unions of the data's ids. */
export interface Dataset {
	modules: Record<string, ModuleSpec>;
	literals: Record<string, readonly string[]>;
	facetValues: Record<string, readonly string[]>;
}

const camel = (name: string) =>
	name.replace(/[-_](\w)/g, (_, letter: string) => letter.toUpperCase());

/** Validates every data file, checks the rules between records, and lays out the modules to emit. */
export function buildDataset(files: Readonly<Record<string, unknown>>): Dataset {
	const parsed = Object.fromEntries(
		Object.entries(files).map(([name, value]) => [name, parseCollection(name, value)]),
	) as Parsed;
	for (const required of Object.keys(COLLECTIONS)) {
		if (!(required in parsed))
			throw new DataError(required, '*', '(collection)', `data/${required}.json is missing`);
	}
	const { publications, vocabulary, governments, stories, classification, claims, catalogues } =
		parsed;
	assertIntegrity({
		publications,
		countries: governments.countries,
		stories,
		classification,
		claims,
		vocabulary,
	});
	assertCatalogues({
		catalogues,
		vocabulary,
		claims,
		localAuthorities: governments.countries.flatMap((country) =>
			country.localAuthorities.map((authority) => authority.id),
		),
	});
	const tagged = stories
		.map((story) => ({ ...story, tags: classification[story.slug] ?? [] }))
		.sort((a, b) => a.edition.localeCompare(b.edition) || a.page - b.page);
	const { countries, sources, ...otherGovernmentParts } = governments;
	const modules: Record<string, ModuleSpec> = {
		publications: {
			exports: { publications: { value: publications, type: 'readonly Publication[]' } },
		},
		vocabulary: { exports: { vocabulary: { value: vocabulary, type: 'Vocabulary' } } },
		governments: {
			exports: {
				countries: { value: countries, type: 'readonly Country[]', packed: true },
				governmentSources: { value: sources, type: 'GovernmentSources' },
				...exportsOf('governments', otherGovernmentParts),
			},
		},
		stories: { exports: { stories: { value: tagged, type: 'readonly Story[]' } } },
		claims: { exports: { claims: { value: claims, type: 'readonly Claim[]' } } },
		releases: {
			exports: { releases: { value: parsed[RELEASES_FILE], type: 'readonly Release[]' } },
		},
		...cataloguesModules(catalogues),
	};
	for (const [name, value] of Object.entries(parsed)) {
		if (name in COLLECTIONS || name in modules) continue;
		modules[name] = {
			exports: {
				[camel(name)]: {
					value,
					type: `DeepReadonly<z.infer<typeof schemas.${collectionOf(name).schemaName}>>`,
				},
			},
		};
	}
	const localized = parsed['localized-names'] as schemas.LocalizedNamesFile | undefined;
	const localizedModule = modules['localized-names'];
	if (localized && localizedModule) {
		// every participant is named in every language, a new edition's too
		const named = new Set(localized.countries.map((entry) => entry.alpha3));
		const unnamed = countries.find((country) => !named.has(country.alpha3));
		if (unnamed)
			throw new DataError(
				'localized-names',
				unnamed.alpha3,
				'countries',
				'a participating country has no French and Spanish names: run `pnpm localized-names`',
			);
		// the names a lookup matches, apart from the rest of the file: findGovernment needs no articles or
		// sources, nor a name every record of the country spells the same way ("Angola"): it matches it
		const ownNames = new Map<string, Set<string>[]>();
		for (const country of countries) {
			const records = ownNames.get(country.alpha3) ?? [];
			records.push(
				new Set([country.bookletName, country.name, country.officialName, ...country.altNames]),
			);
			ownNames.set(country.alpha3, records);
		}
		// each other name's language, apart: only pages that mark other names read it (otherNameLanguages)
		localizedModule.exports.otherNameLanguageLists = {
			value: Object.fromEntries(
				localized.countries.flatMap(({ alpha3, otherNameLanguages }) =>
					otherNameLanguages ? [[alpha3, otherNameLanguages]] : [],
				),
			),
			type: 'Readonly<Record<string, readonly (string | null)[]>>',
		};
		const localizedNamesExport = localizedModule.exports[camel('localized-names')];
		if (localizedNamesExport)
			localizedNamesExport.value = {
				...localized,
				countries: localized.countries.map(({ otherNameLanguages: _apart, ...entry }) => entry),
			};
		localizedModule.exports.otherNames = {
			value: Object.fromEntries(
				localized.countries.map((entry) => [
					entry.alpha3,
					[
						...new Set([
							...TRANSLATED_LOCALES.map((locale) => entry.names[locale]),
							...TRANSLATED_LOCALES.map((locale) => entry.cldr[locale]),
							...TRANSLATED_LOCALES.flatMap((locale) => entry.alsoKnownAs[locale]),
						]),
					].filter(
						(name) => !(ownNames.get(entry.alpha3)?.every((names) => names.has(name)) ?? false),
					),
				]),
			),
			type: 'Readonly<Record<string, readonly string[]>>',
		};
	}
	const unNamesModule = modules['un-names'];
	const unNames = parsed['un-names'] as schemas.UnNamesFile | undefined;
	if (unNames && unNamesModule) {
		// the participants' formal names alone, for `governmentFormalName`: the rest is the resolver's;
		// none where UNTERM's only repeats the short name
		const participating = new Set(countries.map((country) => country.alpha3));
		unNamesModule.exports.formalNames = {
			value: Object.fromEntries(
				unNames.countries
					.filter((country) => participating.has(country.alpha3))
					.map((country): [string, Record<string, string>] => [
						country.alpha3,
						Object.fromEntries(
							TRANSLATED_LOCALES.flatMap((locale) => {
								const names = country.unterm[locale];
								return names && !repeatsShortName(locale, names) ? [[locale, names.formal]] : [];
							}),
						),
					])
					.filter(([, names]) => Object.keys(names).length > 0),
			),
			type: `Readonly<Record<string, Readonly<Partial<Record<${TRANSLATED_LOCALES.map((locale) => `'${locale}'`).join(' | ')}, string>>>>>`,
		};
		// the article UNTERM's English short name keeps in brackets ("Gambia (the)"), for `governmentPlace`
		unNamesModule.exports.englishArticles = {
			value: Object.fromEntries(
				unNames.countries
					.filter((country) => participating.has(country.alpha3))
					.flatMap((country) => {
						const article = /\(([^()]+)\)$/.exec(country.unterm.en?.short ?? '')?.[1];
						return article && (LANGUAGES.en.articles as readonly string[]).includes(article)
							? [[country.alpha3, article]]
							: [];
					}),
			),
			type: 'Readonly<Record<string, string>>',
		};
	}
	addSourcesExport(modules, 'un-names', 'unNamesSource', 'source');
	addSourcesExport(modules, 'aliases', 'aliasSources', 'sources');
	const localAuthorities = countries.flatMap((country) => country.localAuthorities);
	return {
		modules,
		literals: {
			StorySlug: tagged.map((story) => story.slug),
			CountryAlpha2: countries.map((country) => country.alpha2),
			CountryAlpha3: countries.map((country) => country.alpha3),
			CountryNumeric: countries.map((country) => country.numeric),
			LocalAuthorityId: localAuthorities.map((authority) => authority.id),
			FacetId: vocabulary.facets.map((facet) => facet.id),
			ClaimId: claims.map((claim) => claim.id),
		},
		facetValues: Object.fromEntries(
			vocabulary.facets.map((facet) => [facet.id, facet.values.map((value) => value.id)]),
		),
	};
}

/**
 * A vendored file's sources as an export of their own, so the dataset's provenance (`datasetSources`)
 * bundles a few lines instead of the resolver's tables.
 */
function addSourcesExport(
	modules: Record<string, ModuleSpec>,
	file: string,
	name: string,
	key: 'source' | 'sources',
): void {
	const whole = modules[file]?.exports[camel(file)];
	if (!whole || typeof whole.value !== 'object' || whole.value === null) return;
	(modules[file] as ModuleSpec).exports[name] = {
		value: (whole.value as Record<string, unknown>)[key],
		type: `${whole.type}['${key}']`,
	};
}

/** Parts of a file beyond the known ones (a field added to governments.json) are exported as they are. */
function exportsOf(file: string, parts: Record<string, unknown>): ModuleSpec['exports'] {
	return Object.fromEntries(
		Object.entries(parts).map(([key, value]) => [
			`${camel(file).replace(/s$/, '')}${pascal(key)}`,
			{
				value,
				type: `DeepReadonly<z.infer<typeof schemas.${pascal(file)}FileSchema>['${key}']>`,
			},
		]),
	);
}

/**
 * The catalogues as three modules, so a bundle (or a bundle's chunk) takes only the file it reads:
 * facet value labels (`facetLabel`, search), the English sentences of the claims check (the main
 * entry), and the translated vocabulary, claims and sentences (`@mgi-stories/core/i18n`).
 */
function cataloguesModules(catalogues: schemas.Catalogues): Record<string, ModuleSpec> {
	const some = TRANSLATED_LOCALES.map((locale) => `'${locale}'`).join(' | ');
	const each = <T>(pick: (translation: schemas.Translation) => T) =>
		Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, pick(catalogues[locale])]));
	const translation = 'DeepReadonly<z.infer<typeof schemas.TranslationSchema>>';
	const translated = (part: string) => `Readonly<Record<${some}, ${translation}['${part}']>>`;
	return {
		'catalogue-sentences': {
			exports: {
				englishSentences: {
					value: catalogues.en.sentences,
					type: `${translation}['sentences']`,
				},
			},
		},
		'catalogue-labels': {
			exports: {
				valueLabels: {
					value: each(({ vocabulary }) =>
						Object.fromEntries(
							Object.entries(vocabulary.facets).map(([facet, words]) => [
								facet,
								Object.fromEntries(
									Object.entries(words.values).map(([value, { label }]) => [value, label]),
								),
							]),
						),
					),
					type: `Readonly<Record<${some}, Readonly<Record<string, Readonly<Record<string, string>>>>>>`,
				},
			},
		},
		'catalogue-translations': {
			exports: {
				translatedSentences: {
					value: each(({ sentences }) => sentences),
					type: translated('sentences'),
				},
				vocabularyTranslations: {
					value: each(({ vocabulary }) => vocabulary),
					type: translated('vocabulary'),
				},
				claimTranslations: { value: each(({ claims }) => claims), type: translated('claims') },
				localAuthorityTranslations: {
					value: each(({ localAuthorities }) => localAuthorities),
					type: translated('localAuthorities'),
				},
			},
		},
	};
}
