import { datasetRelease as coreRelease, datasetVersion } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { datasetCitation, datasetRelease } from './dataset-release';

describe('dataset release', () => {
	it('dates the version with core’s release of the data', () => {
		expect(datasetRelease()).toMatchObject(coreRelease);
	});

	it('shows core’s version with its date in words', () => {
		const release = datasetRelease();
		expect(release.version).toBe(datasetVersion);
		expect(release.dateText).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
	});

	it('cites the dataset as this project’s, derived from the booklet', () => {
		const citation = datasetCitation();
		expect(citation).toContain(`version ${datasetVersion}`);
		expect(citation).toContain('[Data set]');
		expect(citation).toContain('not IOM’s');
	});
});
