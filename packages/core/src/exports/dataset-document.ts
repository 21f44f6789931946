import {
	countries,
	datasetVersion,
	governmentSources,
	publication,
	publications,
	stories,
	vocabulary,
} from '../data.js';
import { checkClaims } from '../stats/check-claims.js';
import type { DatasetDocument } from '../types.js';

/**
 * The whole dataset as one JSON-ready document, with the claims check and the source attached.
 * @example JSON.stringify(datasetDocument())
 */
export function datasetDocument(): DatasetDocument {
	return {
		version: datasetVersion,
		publication,
		publications: [...publications],
		sources: governmentSources,
		vocabulary,
		claims: checkClaims(),
		countries: [...countries],
		stories: [...stories],
	};
}
