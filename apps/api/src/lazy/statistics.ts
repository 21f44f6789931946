/** @module what `loadStatistics` loads: in every language */
export { countFacets, datasetStats } from '@mgi-stories/core/i18n';
