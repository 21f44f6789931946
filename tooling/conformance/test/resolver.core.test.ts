import { CoreError, resolveGovernment } from '@mgi-stories/core';
import { runResolverConformance } from '../src/resolver.js';

runResolverConformance({
	name: 'core',
	resolve: async (query) => {
		try {
			return resolveGovernment({ query });
		} catch (error) {
			if (error instanceof CoreError) return { rejected: error.message };
			throw error;
		}
	},
});
