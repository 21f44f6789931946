/** @module what `loadStatistics` loads */
export { countFacets, datasetStats } from '@mgi-stories/core';
