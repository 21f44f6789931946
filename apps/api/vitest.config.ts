import { baseConfig } from '@mgi-stories/vitest-config';
import { defineConfig, mergeConfig } from 'vitest/config';
import { docsClientPlugin } from './scripts/docs-client.mjs';

export default mergeConfig(
	baseConfig,
	defineConfig({
		plugins: [docsClientPlugin()],
	}),
);
