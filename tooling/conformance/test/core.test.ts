import { checkClaims, countries, governmentSources, publication, stories } from '@mgi-stories/core';
import { runConformance } from '../src/index.js';

runConformance({
	name: 'core',
	load: async () => ({
		publication,
		stories,
		countries,
		claims: checkClaims(),
		sources: governmentSources,
	}),
});
