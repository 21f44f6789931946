import { describe, expect, it } from 'vitest';
import { cite } from './citations/cite.js';
import { countries, governments, stories } from './data.js';
import { ArgumentError, CoreError } from './errors.js';
import { toCsv } from './exports/csv.js';
import { claimsTable, storiesTable } from './exports/tables.js';
import { countryOf } from './governments/country-of.js';
import { filterGovernments } from './governments/filter-governments.js';
import { findGovernment } from './governments/find-government.js';
import { governmentId, namesOf } from './governments/name-index.js';
import { resolveGovernment } from './governments/resolve-government.js';
import { storiesOf } from './governments/stories-of.js';
import { LOCALES } from './i18n/locale.js';
import { governmentName, nameCollator, regionName } from './i18n/names.js';
import { localizedVocabulary } from './i18n/vocabulary.js';
import { countFacets } from './stats/count-facets.js';
import { datasetStats } from './stats/dataset-stats.js';
import { filterStories } from './stories/filter-stories.js';
import { normalizeName } from './text/normalize.js';
import { facetLabel } from './vocabulary/facet-label.js';

/** Calls with the wrong arguments, as JavaScript (or a cast) lets a caller write them. */
const untyped = <F extends (...args: never[]) => unknown>(fn: F) =>
	fn as unknown as (...args: unknown[]) => unknown;

const thrown = (call: () => unknown): unknown => {
	try {
		call();
	} catch (error) {
		return error;
	}
	throw new Error('did not throw');
};

/** how an error lists the locales: every one of the registry's, quoted */
const ALLOWED_LOCALES = LOCALES.map((locale) => `"${locale}"`).join(', ');

describe('one error convention: every misuse is an ArgumentError (a CoreError) naming the argument', () => {
	const misuses: [string, () => unknown, string | RegExp][] = [
		[
			'a bare query shows the right call',
			() => untyped(findGovernment)('France'),
			'findGovernment: options must be one options object { query }; got "France": call findGovernment({ query: "France" })',
		],
		[
			'resolveGovernment, the same way',
			() => untyped(resolveGovernment)('USA'),
			'resolveGovernment: options must be one options object { query, limit }; got "USA": call resolveGovernment({ query: "USA" })',
		],
		[
			'a limit out of range',
			() => resolveGovernment({ query: 'USA', limit: 0 }),
			'resolveGovernment: limit must be an integer from 1 to 50; got number 0',
		],
		[
			'a missing story says undefined once',
			() => untyped(cite)({ story: undefined, style: 'apa' }),
			'cite: story must be a story of the dataset (from stories, findStory or requireStory); got undefined',
		],
		[
			'an unknown CSV variant',
			() => untyped(toCsv)(storiesTable(), { variant: 'xls' }),
			'toCsv: variant must be one of "standard", "excel"; got "xls"',
		],
		[
			'an unknown facet value',
			() => untyped(facetLabel)({ facet: 'topic', value: 'nope' }),
			/^facetLabel: value must be one of "health", .*; got "nope"$/,
		],
		[
			'an unknown region, like an unknown topic',
			() => untyped(filterStories)({ region: 'Narnia' }),
			/^filterStories: region must be one of "Africa", "002", .*; got "Narnia"$/,
		],
		[
			'an unknown topic',
			() => untyped(filterStories)({ topic: 'tourism' }),
			/^filterStories: topic must be one of "health", .*; got "tourism"$/,
		],
		[
			'a country no participant is called',
			() => filterStories({ country: 'Narnia' }),
			/^filterStories: country must be the code, id or name of a participating government, .*; got "Narnia"$/,
		],
		[
			'an unknown region of governments',
			() => filterGovernments({ subregion: 'Narnia' }),
			/^filterGovernments: subregion must be one of .*; got "Narnia"$/,
		],
		[
			'storiesOf without a government',
			() => untyped(storiesOf)(undefined),
			'storiesOf: government must be a participating government (from governments, findGovernment or governmentById); got undefined',
		],
		[
			'countFacets with something else than stories',
			() => untyped(countFacets)({ stories: 'all' }),
			'countFacets: stories must be a list of stories of the dataset (e.g. from filterStories); got "all"',
		],
		[
			'a locale passed positionally',
			() => untyped(governmentName)(countries[0], 'fr'),
			'governmentName: options must be one options object { locale }; got "fr": call governmentName(government, { locale: "fr" })',
		],
		[
			'an unknown locale',
			() => untyped(regionName)('419', { locale: 'de' }),
			`regionName: locale must be one of ${ALLOWED_LOCALES}; got "de"`,
		],
		[
			'an unknown M49 code',
			() => regionName('999'),
			/^regionName: m49Code must be the M49 code of a region, sub-region or intermediate region of a participating country \(one of "002", .*\); got "999"$/,
		],
		[
			'namesOf without a government',
			() => untyped(namesOf)('BRA'),
			/^namesOf: government must be a participating government .*; got "BRA"$/,
		],
		[
			'governmentId without a government',
			() => untyped(governmentId)(null),
			/^governmentId: government must be a participating government .*; got null$/,
		],
		[
			'countryOf without a record',
			() => untyped(countryOf)(42),
			/^countryOf: record must be a participating government .*; got number 42$/,
		],
		[
			'normalizeName without text',
			() => untyped(normalizeName)(undefined),
			'normalizeName: text must be a string; got undefined',
		],
		[
			'an unknown option',
			() => untyped(datasetStats)({ lang: 'fr' }),
			'datasetStats: options must be one options object { locale, edition }; "lang" is not one of its options',
		],
		[
			'a table of something else than stories',
			() => untyped(storiesTable)('albania'),
			'storiesTable: rows must be a list of stories of the dataset (e.g. from filterStories); got "albania"',
		],
		[
			'a claims table of something else than claim checks',
			() => untyped(claimsTable)([{}]),
			'claimsTable: rows must be a list of claim checks (from checkClaims); got an array',
		],
		[
			'nameCollator, locale in options',
			() => untyped(nameCollator)('fr'),
			'nameCollator: options must be one options object { locale }; got "fr": call nameCollator({ locale: "fr" })',
		],
		[
			'localizedVocabulary, locale in options',
			() => untyped(localizedVocabulary)({ locale: 'it' }),
			`localizedVocabulary: locale must be one of ${ALLOWED_LOCALES}; got "it"`,
		],
	];

	it.each(misuses)('%s', (_, call, message) => {
		const error = thrown(call);
		expect(error).toBeInstanceOf(ArgumentError);
		expect(error).toBeInstanceOf(CoreError);
		expect((error as Error).message).toMatch(
			typeof message === 'string' ? new RegExp(`^${escapeRegExp(message)}$`) : message,
		);
	});

	it('matches allowed values case-insensitively: EXCEL is the excel variant', () => {
		expect(toCsv(storiesTable(), { variant: 'excel' })).toBe(
			untyped(toCsv)(storiesTable(), { variant: 'EXCEL' }),
		);
		expect(filterStories({ region: 'africa' })).toEqual(filterStories({ region: '002' }));
	});

	it('a lookup that finds nothing returns undefined, never null', () => {
		expect(findGovernment({ query: 'France' })).toBeUndefined();
		expect(
			governments.every((government) => storiesOf(government).length >= 0) && stories.length,
		).toBe(19);
	});
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('positional arguments of the M49 helpers', () => {
	it('name the level, the country and the wanted areas', async () => {
		const { inM49Area, m49AreaOf } = await import('./geography/m49.js');
		const [brazil] = countries.filter((country) => country.alpha3 === 'BRA');
		if (!brazil) throw new Error('no Brazil');
		expect(() => untyped(inM49Area)(brazil, 'continent', ['Americas'])).toThrow(
			'inM49Area: level must be one of "region", "subregion", "intermediateRegion"; got "continent"',
		);
		expect(() => inM49Area(brazil, 'region', ['Narnia'])).toThrow(
			/^inM49Area: region must be one of .*"Americas", "019".*; got "Narnia"$/,
		);
		expect(() => untyped(m49AreaOf)(undefined, 'region')).toThrow(
			/^m49AreaOf: country must be a participating government .*; got undefined$/,
		);
		expect(inM49Area(brazil, 'region', ['americas'])).toBe(true);
	});
});
