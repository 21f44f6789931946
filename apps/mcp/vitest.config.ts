import { baseConfig } from '@mgi-stories/vitest-config';
import { defineConfig, mergeConfig } from 'vitest/config';

export default mergeConfig(
	baseConfig,
	defineConfig({ test: { globalSetup: ['../../tooling/vitest/build-first.js'] } }),
);
