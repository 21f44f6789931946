/** @module the sources of the dataset's fields and names, as the about and data pages list them */
import { datasetSources, type Source } from '@mgi-stories/core';

const PINNED_COMMIT =
	/^(?:https:\/\/github\.com\/)?(?<repository>[\w.-]+\/[\w.-]+)@(?<commit>[0-9a-f]{40})$/;

/**
 * What a translated attribution line names, read from core's record rather than copied into the
 * messages: the repository and commit a dataset is pinned at (`datasets/country-codes@caa72d1…`),
 * that commit's date, the release (CLDR `48.0`), where it is published and its licence.
 */
function attributionParts({ version = '', date = '', url = '', licence }: Source) {
	const pinned = PINNED_COMMIT.exec(version)?.groups;
	return {
		repository: pinned?.repository ?? '',
		commit: pinned?.commit ?? '',
		date,
		version,
		url,
		licence,
	};
}

/**
 * Every source of the dataset, once, as a list shows it: core's `datasetSources()`, the list
 * `/v1/source` and the data package give, so that every page counts the same sources.
 */
export const sourceList = () =>
	datasetSources().map((source) => ({
		id: source.id,
		attribution: source.attribution,
		licenceUrl: source.licenceUrl,
		...attributionParts(source),
	}));
