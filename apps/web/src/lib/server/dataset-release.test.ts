import { datasetRelease as coreRelease, datasetVersion, publication } from '@mgi-stories/core';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { absoluteUrl } from './config';
import { datasetCitation, datasetReference, datasetRelease } from './dataset-release';

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

	describe('in French and Spanish', () => {
		afterEach(() => overwriteGetLocale(() => 'en'));

		it('cites the dataset in the page’s words, the booklet’s title in English', () => {
			overwriteGetLocale(() => 'fr');
			const french = datasetCitation();
			expect(french).toContain('[Jeu de données]');
			expect(french).toContain('et non celle de l’OIM');
			expect(french).toContain('The Migration Governance Indicators Success Stories');
			overwriteGetLocale(() => 'es');
			expect(datasetCitation()).toContain('[Conjunto de datos]');
		});

		it('cites the dataset page of the page’s language (round 7)', () => {
			overwriteGetLocale(() => 'fr');
			expect(datasetCitation()).toContain(` ${absoluteUrl('/fr/data/')}. `);
			overwriteGetLocale(() => 'es');
			expect(datasetCitation()).toContain(` ${absoluteUrl('/es/data/')}. `);
		});

		it('is a reference in the page’s language, only the booklet’s words marked English (round 7)', () => {
			overwriteGetLocale(() => 'fr');
			const reference = datasetReference();
			expect(reference.lang).toBe('fr');
			expect(reference.runs.filter((run) => run.lang)).toEqual([
				{ text: publication.publisher, lang: 'en' },
				{ text: publication.title, cite: true, lang: 'en' },
			]);
			expect(reference.runs.map((run) => run.text).join('')).toBe(datasetCitation());
		});
	});
});
