/** @module what `loadDataset` loads */
export {
	claimsTable,
	DATASET_ZIP_MEDIA_TYPE,
	dataPackage,
	datasetDocument,
	datasetSources,
	datasetZip,
	governmentsTable,
	jsonSchemas,
	storiesTable,
	tagsTable,
} from '@mgi-stories/core';
