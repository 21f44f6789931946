import { baseConfig } from '@mgi-stories/vitest-config';
import { defineConfig, mergeConfig } from 'vitest/config';

// the type tests (test/types/*.test-d.ts) import the built package as a consumer does, under
// strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess
export default mergeConfig(
	baseConfig,
	defineConfig({
		test: {
			typecheck: {
				enabled: true,
				include: ['test/types/**/*.test-d.ts'],
				tsconfig: 'test/types/tsconfig.json',
			},
		},
	}),
);
