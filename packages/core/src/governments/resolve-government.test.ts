import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../errors.js';
import { worldNames } from '../generated/world-names.js';
import {
	AMBIGUITY_MARGIN,
	MATCH_THRESHOLD,
	type Resolution,
	resolveGovernment,
} from './resolve-government.js';

const top = (query: string) => resolveGovernment({ query }).candidates[0];
const summary = ({ status, ambiguous, candidates }: Resolution) => ({
	status,
	ambiguous,
	ids: candidates.map((candidate) => candidate.id),
});

// what each real-world name variant resolves to is tooling/conformance's fixture table, run on core
// and every other surface that resolves names: here, the resolver's own rules
describe('resolveGovernment', () => {
	it('resolves every code and ISO name of every country to that country; only "Congo" and "BO" (also Bo, Sierra Leone) name two', () => {
		const ambiguous: string[] = [];
		for (const country of worldNames.countries) {
			const { alpha2, alpha3, numeric, names } = country;
			for (const query of [alpha2, alpha3, numeric, ...names.en, ...names.fr, ...names.es]) {
				const resolution = resolveGovernment({ query });
				if (resolution.ambiguous) ambiguous.push(query);
				expect(
					resolution.candidates.map((candidate) => candidate.country.alpha3),
					query,
				).toContain(alpha3);
				expect(resolution.candidates[0]?.matchedOn, query).not.toMatch(/partial|fuzzy/);
			}
		}
		expect([...new Set(ambiguous)].sort()).toEqual(['BO', 'Congo']);
	});

	it('gives a non-participant its ISO codes and English name', () => {
		expect(top('États-Unis')?.country).toEqual({
			alpha2: 'US',
			alpha3: 'USA',
			numeric: '840',
			name: 'United States of America',
		});
	});

	it.each([
		['Cote dIvoire', 'CIV'],
		['Côte d’Ivoire', 'CIV'],
		['Ivory Coast', 'CIV'],
		['Republic of Moldova', 'MDA'],
		['Moldavie', 'MDA'],
		['Moldva', 'MDA'],
		['Allemagne', 'DEU'],
		['Marruecos', 'MAR'],
		['Costa de Marfil', 'CIV'],
		['Corea del Sur', 'KOR'],
		['Timor oriental', 'TLS'],
		['Turquía', 'TUR'],
		['Türkiye', 'TUR'],
		['Kyrgyz Republic', 'KGZ'],
		['Swaziland', 'SWZ'],
		['  trinidad & tobago ', 'TTO'],
	])('resolves the messy input %s to the participant %s', (query, id) => {
		const resolution = resolveGovernment({ query });
		expect(resolution.status).toBe('participant');
		expect(resolution.ambiguous).toBe(false);
		expect(resolution.candidates[0]).toMatchObject({ id, participant: true });
		expect(resolution.candidates[0]?.government).not.toBeNull();
	});

	it('spells out abbreviations: Lao PDR is the Lao People’s Democratic Republic', () => {
		expect(top('Lao PDR')).toMatchObject({
			id: 'LAO',
			matchedOn: 'formal-name',
			matched: "the Lao People's Democratic Republic",
		});
		expect(top('St Lucia')?.id).toBe('LCA');
	});

	it('says what matched, as its source spells it', () => {
		expect(top('KOR')).toMatchObject({ id: 'KOR', matchedOn: 'alpha3', matched: 'KOR', score: 1 });
		expect(top('Swaziland')).toMatchObject({ matchedOn: 'alt-name', matched: 'Swaziland' });
		expect(top('Turquie')).toMatchObject({ matchedOn: 'iso-name', matched: 'Turquie' });
	});

	it('resolves a local authority of the booklet, with its country', () => {
		expect(top('sao paulo')).toMatchObject({
			id: 'br-sao-paulo',
			participant: true,
			matchedOn: 'booklet-name',
			country: { alpha3: 'BRA' },
		});
		expect(top('Sao Paolo')).toMatchObject({ id: 'br-sao-paulo', matchedOn: 'fuzzy' });
	});

	it('scores a typo of a long name high and an edit of a short code too low to match', () => {
		expect(top('Bangladsh')).toMatchObject({ id: 'BGD', matchedOn: 'fuzzy', score: 0.8 });
		expect(resolveGovernment({ query: 'USB' }).candidates).toEqual([]);
		expect(resolveGovernment({ query: 'Irag' }).candidates).toEqual([]);
	});

	it('does not guess cities it does not know from the booklet’s local authorities', () => {
		for (const query of ['Harar', 'Rosario', 'Mantua', 'Paris', 'Geneva']) {
			expect(summary(resolveGovernment({ query })), query).toEqual({
				status: 'no-match',
				ambiguous: false,
				ids: [],
			});
		}
	});

	it('matches a run of a country name’s words, preferring the words a name starts with', () => {
		expect(top('Herzegovina')).toMatchObject({ id: 'BIH', matchedOn: 'partial' });
		const unitedStates = resolveGovernment({ query: 'États-Unis' });
		expect(summary(unitedStates)).toMatchObject({ status: 'non-participant', ambiguous: false });
		expect(unitedStates.candidates.map((candidate) => candidate.id)).toEqual(['USA', 'UMI']);
	});

	it('does not take continents or words many names share for a country', () => {
		for (const query of ['Africa', 'America', 'Europe', 'Republic', 'Islands', 'Saint']) {
			expect(resolveGovernment({ query }).candidates, query).toEqual([]);
		}
	});

	it('flags answers whose runner-up is within the margin as ambiguous', () => {
		expect(summary(resolveGovernment({ query: 'Korea' }))).toEqual({
			status: 'participant',
			ambiguous: true,
			ids: ['KOR', 'PRK'],
		});
		const congo = summary(resolveGovernment({ query: 'Congo' }));
		expect(congo).toMatchObject({ status: 'non-participant', ambiguous: true });
		expect(congo.ids.sort()).toEqual(['COD', 'COG']);
		expect(summary(resolveGovernment({ query: 'Bo' }))).toEqual({
			status: 'participant',
			ambiguous: true,
			ids: ['BOL', 'sl-bo'],
		});
		const { candidates } = resolveGovernment({ query: 'Dominican' });
		expect(candidates.map((candidate) => candidate.id).sort()).toEqual(['DMA', 'DOM']);
		expect((candidates[0]?.score ?? 0) - (candidates[1]?.score ?? 0)).toBeLessThanOrEqual(
			AMBIGUITY_MARGIN,
		);
	});

	it.each([
		['République de Corée', 'GIN'],
		['West Timor', 'TLS'],
		['Nigeria Republic', 'NER'],
		['Timor Occidental', 'TLS'],
		['Corée du Nord', 'KOR'],
	])('does not let %s, whose distinguishing word %s lacks, match it approximately', (query, id) => {
		expect(resolveGovernment({ query }).candidates.map((candidate) => candidate.id)).not.toContain(
			id,
		);
	});

	it('calibrates a misspelling: 0.7 is one edit in five letters, the most it accepts', () => {
		expect(top('Marocc')).toMatchObject({ id: 'MAR', matchedOn: 'fuzzy', score: 0.733 });
		expect(resolveGovernment({ query: 'Mrocc' }).candidates).toEqual([]);
	});

	it.each([
		['Korea, South', 'KOR'],
		['Gambia, The', 'GMB'],
		['Moldova, Republic of', 'MDA'],
	])('reads the inverted form %s', (query, id) => {
		expect(resolveGovernment({ query })).toMatchObject({ status: 'participant', ambiguous: false });
		expect(top(query)?.id).toBe(id);
	});

	it.each([
		['Upper Volta', 'BFA', 'former-name'],
		['Dahomey', 'BEN', 'former-name'],
		['Malian', 'MLI', 'demonym'],
		['Ivoirienne', 'CIV', 'demonym'],
		['Montreal, Canada', 'ca-montreal', 'qualified-name'],
		['Freetown City Council', 'sl-freetown', 'qualified-name'],
		['Estado de Tamaulipas', 'mx-tamaulipas', 'qualified-name'],
	])('knows the alias %s as %s (%s)', (query, id, matchedOn) => {
		expect(top(query)).toMatchObject({ id, matchedOn });
	});

	it('names a level of government only where the booklet places it: Guanajuato is a state, not a city', () => {
		expect(resolveGovernment({ query: 'Guanajuato City Council' }).status).toBe('no-match');
	});

	it('is not ambiguous about a unique name', () => {
		expect(summary(resolveGovernment({ query: 'Zimbabwe' }))).toEqual({
			status: 'participant',
			ambiguous: false,
			ids: ['ZWE'],
		});
	});

	it('returns only candidates at or above the threshold, best first', () => {
		for (const query of ['Moldva', 'Xambia', 'Korea', 'Herzegovina', 'Dominican', 'Austira']) {
			const scores = resolveGovernment({ query, limit: 50 }).candidates.map((c) => c.score);
			expect(scores.length, query).toBeGreaterThan(0);
			expect(Math.min(...scores), query).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
			expect(scores, query).toEqual([...scores].sort((a, b) => b - a));
		}
	});

	it('answers blank, punctuation-only and unknown queries with no candidates', () => {
		for (const query of ['', '   ', '!!!', '—·—', 'qqqzzzxxx', '中国China']) {
			expect(resolveGovernment({ query })).toEqual({
				query,
				status: 'no-match',
				ambiguous: false,
				candidates: [],
			});
		}
	});

	it('honours the limit without hiding an ambiguity', () => {
		const resolution = resolveGovernment({ query: 'Korea', limit: 1 });
		expect(resolution.candidates).toHaveLength(1);
		expect(resolution.ambiguous).toBe(true);
	});

	it('answers any string up to 200 characters with a well-formed resolution', () => {
		// a fixed-seed generator over Latin, accented, Cyrillic, CJK, punctuation and emoji
		const alphabet = [...'abcdefghijklmnopqrstuvwxyz  éüñçø-’.,()&ДЖзк中国🙂0123456789'];
		let seed = 7;
		const next = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed;
		};
		for (let run = 0; run < 500; run++) {
			const length = next() % 201;
			const query = Array.from({ length }, () => alphabet[next() % alphabet.length])
				.join('')
				.slice(0, 200);
			const { status, ambiguous, candidates } = resolveGovernment({ query, limit: 50 });
			expect(['participant', 'non-participant', 'no-match']).toContain(status);
			expect(status === 'no-match', query).toBe(candidates.length === 0);
			expect(ambiguous && candidates.length < 2, query).toBe(false);
			for (const candidate of candidates) {
				expect(candidate.score, query).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
				expect(candidate.score, query).toBeLessThanOrEqual(1);
				expect(candidate.participant, query).toBe(candidate.government !== null);
			}
		}
	});

	it.each([
		['a number as query', { query: 42 }, 'query must be a string; got number 42'],
		[
			'a 5,000-character query',
			{ query: 'x'.repeat(5000) },
			'query must be a string of at most 200 characters; got 5000 characters',
		],
		['limit 0', { query: 'Peru', limit: 0 }, 'limit must be an integer from 1 to 50; got number 0'],
		[
			'limit 2.5',
			{ query: 'Peru', limit: 2.5 },
			'limit must be an integer from 1 to 50; got number 2.5',
		],
		['no options', undefined, 'options must be one options object { query, limit }; got undefined'],
	])('rejects %s with an ArgumentError naming the argument', (_, options, message) => {
		const call = () => resolveGovernment(options as never);
		expect(call).toThrow(ArgumentError);
		expect(call).toThrow(message);
	});
});

describe('resolveGovernment with words that name JavaScript built-ins', () => {
	it.each(['constructor', 'Constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
		'answers %s without throwing and names no participant',
		(query) => {
			const resolution = resolveGovernment({ query });
			expect(resolution.candidates.filter((candidate) => candidate.participant)).toEqual([]);
		},
	);
});
