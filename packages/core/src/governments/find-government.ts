import { CoreError } from '../errors.js';
import type { Government } from '../schema/government.js';
import { lookupExact, nameIndex } from './name-index.js';

/**
 * Finds a participating government by ISO alpha-2, alpha-3 or numeric code, local authority id, or any
 * of its names, ignoring case, accents, punctuation and spaces. Codes win over names (`BO` is Bolivia,
 * not Bo in Sierra Leone). Exact only, and only participants: a country that did not take part
 * ("France") or a misspelling gives `undefined`; use `resolveGovernment` to say which.
 * @throws CoreError when `query` is not a string
 * @example findGovernment({ query: 'Türkiye' })?.alpha3 // 'TUR'
 */
export function findGovernment(options: { query: string }): Government | undefined {
	const query: unknown = options?.query;
	if (typeof query !== 'string') {
		throw new CoreError(`findGovernment: query must be a string, got ${typeof query}`);
	}
	return lookupExact(nameIndex(), query)[0]?.target;
}
