import { datasetVersion } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { dataDate, datasetCitation, datasetRelease } from './dataset-release';

describe('dataset release', () => {
	it('dates the version with the day the data last changed in git', () => {
		const fake = (() => '2026-11-02\n') as unknown as Parameters<typeof dataDate>[0];
		expect(dataDate(fake)).toBe('2026-11-02');
	});

	it('falls back to the build day without git', () => {
		const failing = (() => {
			throw new Error('git: not found');
		}) as unknown as Parameters<typeof dataDate>[0];
		expect(dataDate(failing)).toBe(new Date().toISOString().slice(0, 10));
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
