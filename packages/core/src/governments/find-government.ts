import type { Government } from '../schema/government.js';
import { normalizeName } from '../text/normalize.js';
import { nameIndex } from './name-index.js';

/**
 * Finds a government by ISO alpha-2, alpha-3 or numeric code, local authority id, or any of its names,
 * ignoring case, accents and punctuation. Codes win over names (`BO` is Bolivia, not Bo in Sierra Leone).
 * @example findGovernment({ query: 'Türkiye' })?.alpha3 // 'TUR'
 */
export function findGovernment({ query }: { query: string }): Government | undefined {
	return nameIndex().get(normalizeName(query))?.[0]?.government;
}
