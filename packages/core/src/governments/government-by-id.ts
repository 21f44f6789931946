import { checkOptions } from '../arguments.js';
import { governments } from '../data.js';
import type { Government } from '../types.js';
import { governmentId } from './name-index.js';

/**
 * A government by its stable id — a country's alpha-3 or a local authority's id — ignoring case;
 * unlike `findGovernment`, names and other codes do not match.
 * @example governmentById({ id: 'br-sao-paulo' })?.bookletName // 'São Paulo'
 */
export function governmentById(options: { id: string }): Government | undefined {
	const wanted = checkOptions('governmentById', options, ['id']).string('id').toLowerCase();
	return governments.find((government) => governmentId(government).toLowerCase() === wanted);
}
