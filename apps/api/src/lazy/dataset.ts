/** @module what `loadDataset` loads */
export {
	claimsTable,
	dataPackage,
	datasetDocument,
	datasetSources,
	datasetZip,
	governmentsTable,
	jsonSchemas,
	storiesTable,
	tagsTable,
} from '@mgi-stories/core';
