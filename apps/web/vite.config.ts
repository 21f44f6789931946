import { baseConfig } from '@mgi-stories/vitest-config';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const shared = baseConfig.test;

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		...shared,
		include: ['src/**/*.test.ts', '*.test.ts'],
	},
});
