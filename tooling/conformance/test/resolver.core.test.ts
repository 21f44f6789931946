import { CoreError, LOCALES } from '@mgi-stories/core';
import { resolveGovernment } from '@mgi-stories/core/resolve';
import { runResolverConformance } from '../src/resolver.js';

runResolverConformance({
	name: 'core',
	// core's resolver knows the names of every language at once: the locale changes nothing
	locales: LOCALES,
	resolve: async (query) => {
		try {
			return resolveGovernment({ query });
		} catch (error) {
			if (error instanceof CoreError) return { rejected: error.message };
			throw error;
		}
	},
});
