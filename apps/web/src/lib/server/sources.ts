/** @module the sources of the dataset's fields and names, as the about and data pages list them */
import { datasetSources } from '@mgi-stories/core';

/**
 * Every source of the dataset, once, as a list shows it: core's `datasetSources()`, the list
 * `/v1/source` and the data package give, so that every page counts the same sources.
 */
export const sourceList = () =>
	datasetSources().map(({ id, attribution, licenceUrl }) => ({ id, attribution, licenceUrl }));
