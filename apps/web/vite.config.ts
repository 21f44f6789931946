import { baseConfig } from '@mgi-stories/vitest-config';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// the preset's types come from whichever vitest its peer dependency resolved to; read them as ours
const shared = (baseConfig as unknown as ViteUserConfig).test;

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		...shared,
		include: ['src/**/*.test.ts', '*.test.ts'],
	},
});
