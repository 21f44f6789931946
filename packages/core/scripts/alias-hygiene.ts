/**
 * Alias hygiene: which imported alternative names are names of the state, and which are not.
 *
 * world-countries' `altSpellings` and i18n-iso-countries' names are lists of strings with no type:
 * beside real names (short, official, native, former) they hold things a lookup must never answer
 * to. A name is dropped, with its rule, when it is
 *   - `transcription`: a phonetic transcription, recognised by IPA letters or marks (U+0250–U+02AF,
 *     ː ˑ ˈ ˌ) that no spelling of a name uses, e.g. Angola's "ʁɛpublika de an'ɡɔla";
 *   - `demonym`: a demonym of that country as world-countries records it (English and French),
 *     unless it is also a name of the country (French "Suisse");
 *   - `adjective`, `pejorative` or `not-the-state`: listed, with its reason, in `REVIEWED_EXCLUSIONS`
 *     below (a reviewer's decision: no rule tells "Mexicanos" from "Srbija" without a dictionary).
 * Romanisations with modifier letters (Ethiopia's "ʾĪtyōṗṗyā", U+02BE) are spellings and stay.
 * `test/alias-hygiene.test.ts` lists every name this drops from what the scripts import, and why.
 */
import isoCountries from 'i18n-iso-countries';
import { LOCALES } from '../src/i18n/locale.js';
import { normalizeName } from '../src/text/normalize.js';

export type AliasRule = 'transcription' | 'demonym' | 'adjective' | 'pejorative' | 'not-the-state';

export interface DroppedAlias {
	/** ISO 3166-1 alpha-2 of the country the name was listed for */
	country: string;
	name: string;
	rule: AliasRule;
	reason: string;
}

interface ReviewedExclusion {
	country: string;
	name: string;
	rule: Extract<AliasRule, 'adjective' | 'pejorative' | 'not-the-state'>;
	reason: string;
}

/** Names a reviewer found in the imported lists that are not names of the state. */
export const REVIEWED_EXCLUSIONS: readonly ReviewedExclusion[] = [
	{
		country: 'MX',
		name: 'Mexicanos',
		rule: 'adjective',
		reason: 'the adjective "Mexican" (plural), cut from "Estados Unidos Mexicanos"',
	},
	{
		country: 'PT',
		name: 'Portuguesa',
		rule: 'adjective',
		reason: 'the adjective "Portuguese" (feminine), cut from "República Portuguesa"',
	},
	{
		country: 'KR',
		name: '남한',
		rule: 'not-the-state',
		reason:
			'"Namhan" (the South), a name for the southern half of the peninsula as against "Bukhan" (the North); not the state\'s name (대한민국, short 한국), and shown as its Korean name it misled readers',
	},
	{
		country: 'KR',
		name: '남조선',
		rule: 'pejorative',
		reason:
			'"Namjoseon" (South Joseon), the term North Korea uses for South Korea; not a name the state uses for itself',
	},
	{
		country: 'TL',
		name: 'Timor',
		rule: 'not-the-state',
		reason: 'the island, shared with Indonesia (West Timor); not a name of the state',
	},
];

const IPA = /[\u0250-\u02af\u02c8\u02cc\u02d0\u02d1]/u;

/**
 * The demonyms world-countries records for a country (`demonyms.eng`/`fra`, masculine and feminine),
 * less those that are also a name i18n-iso-countries gives it in English, French or Spanish: French
 * "Suisse" and "Argentine" are demonyms and names at once, and names stay.
 */
export function demonymsOf(country: {
	cca2: string;
	demonyms?: Record<string, { f: string; m: string }> | undefined;
}): string[] {
	const names = new Set(
		LOCALES.flatMap((locale) =>
			(isoCountries.getNames(locale, { select: 'all' })[country.cca2] ?? []).map(normalizeName),
		),
	);
	return Object.values(country.demonyms ?? {})
		.flatMap(({ f, m }) => [f, m])
		.filter((demonym) => !names.has(normalizeName(demonym)));
}

function dropReason(
	alpha2: string,
	name: string,
	demonyms: ReadonlySet<string>,
): Omit<DroppedAlias, 'country' | 'name'> | undefined {
	if (IPA.test(name)) {
		return {
			rule: 'transcription',
			reason: 'contains IPA symbols: a pronunciation, not a spelling',
		};
	}
	if (demonyms.has(normalizeName(name))) {
		return { rule: 'demonym', reason: 'a demonym of the country (world-countries), not its name' };
	}
	const reviewed = REVIEWED_EXCLUSIONS.find(
		(exclusion) => exclusion.country === alpha2 && exclusion.name === name,
	);
	return reviewed && { rule: reviewed.rule, reason: reviewed.reason };
}

/** Splits a country's imported alternative names into those kept and those dropped (with rule and reason). */
export function screenAltNames(
	country: { alpha2: string; demonyms: readonly string[] },
	names: readonly string[],
): { kept: string[]; dropped: DroppedAlias[] } {
	const demonyms = new Set(country.demonyms.map(normalizeName));
	const kept: string[] = [];
	const dropped: DroppedAlias[] = [];
	for (const name of names) {
		const reason = dropReason(country.alpha2, name, demonyms);
		if (reason) dropped.push({ country: country.alpha2, name, ...reason });
		else kept.push(name);
	}
	return { kept, dropped };
}
