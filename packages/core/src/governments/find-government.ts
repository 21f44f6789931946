import { checkOptions } from '../arguments.js';
import type { Government } from '../types.js';
import { lookupExact, nameIndex } from './name-index.js';

/**
 * Finds a participating government by ISO alpha-2, alpha-3 or numeric code, local authority id, or any
 * of its names, ignoring case, accents, punctuation and spaces. Codes win over names (`BO` is Bolivia,
 * not Bo in Sierra Leone). Exact only, and only participants: a country that did not take part
 * ("France") or a misspelling gives `undefined`; use `resolveGovernment` to say which.
 * @throws ArgumentError when `options` is not `{ query }` or `query` is not a string
 * @example findGovernment({ query: 'Türkiye' })?.alpha3 // 'TUR'
 */
export function findGovernment(options: { query: string }): Government | undefined {
	const query = checkOptions('findGovernment', options, ['query']).string('query');
	return lookupExact(nameIndex(), query)[0]?.target;
}
