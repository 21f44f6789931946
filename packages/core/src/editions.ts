/**
 * @module the booklet's editions, as the data lists them (`publications`, oldest first): an edition's
 * records are the stories, governments and claims that carry its id, so adding an edition is a data change
 */
import { checkArgument, type OptionChecks } from './arguments.js';
import { claims, countries, publications, stories } from './data.js';
import type {
	Claim,
	Country,
	EditionId,
	Government,
	LocalAuthority,
	Publication,
	Story,
} from './types.js';

/**
 * The dataset's editions, oldest first, as `{ edition }` options take them.
 * @example EDITIONS // ['2021']
 */
export const EDITIONS: readonly EditionId[] = /* @__PURE__ */ Object.freeze(
	/* @__PURE__ */ publications.map((publication) => publication.edition),
);

/** The `edition` option of a call: one of `EDITIONS`, or `undefined` (every edition) when absent. */
export function optionalEdition(args: OptionChecks): EditionId | undefined {
	return args.optionalOneOf('edition', EDITIONS);
}

/** The records of `edition`, or all of them when it is `undefined`. */
export function ofEdition<T extends { readonly edition: EditionId }>(
	records: readonly T[],
	edition: EditionId | undefined,
): readonly T[] {
	return edition === undefined ? records : records.filter((record) => record.edition === edition);
}

/** One edition's records (or every edition's), as the counts and the claims check read them. */
export interface EditionRecords {
	readonly stories: readonly Story[];
	readonly countries: readonly Country[];
	readonly localAuthorities: readonly LocalAuthority[];
	readonly governments: readonly Government[];
	readonly claims: readonly Claim[];
}

/** The stories, governments and claims of `edition`, or of every edition when it is `undefined`. */
export function editionRecords(edition: EditionId | undefined): EditionRecords {
	const editionCountries = ofEdition(countries, edition);
	const editionAuthorities = ofEdition(
		countries.flatMap((country) => country.localAuthorities),
		edition,
	);
	return {
		stories: ofEdition(stories, edition),
		countries: editionCountries,
		localAuthorities: editionAuthorities,
		governments: [...editionCountries, ...editionAuthorities],
		claims: ofEdition(claims, edition),
	};
}

/** The imprint of `edition`; `undefined` for an id no publication has. */
export function findPublication(edition: EditionId): Publication | undefined {
	return publications.find((publication) => publication.edition === edition);
}

/**
 * The publication (imprint) of `edition`, one of `EDITIONS`: the one a record of that edition is
 * cited from. An id no publication has is an `ArgumentError` listing the editions.
 * @example publicationOf('2021').isbn.pdf // '978-92-9268-019-0'
 */
export function publicationOf(edition: EditionId): Publication {
	const checked = checkArgument('publicationOf', 'edition', edition).oneOf('edition', EDITIONS);
	return findPublication(checked) as Publication;
}
