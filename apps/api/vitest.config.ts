import { baseConfig } from '@mgi-stories/vitest-config';
import { defineConfig, mergeConfig } from 'vitest/config';
import { docsClientPlugin } from './scripts/docs-client.mjs';
import { openApiPlugin } from './scripts/openapi-document.mjs';

export default mergeConfig(
	baseConfig,
	defineConfig({
		plugins: [docsClientPlugin(), openApiPlugin()],
		test: { globalSetup: ['../../tooling/vitest/build-first.js'] },
	}),
);
