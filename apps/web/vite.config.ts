import { baseConfig } from '@mgi-stories/vitest-config';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { enhancements } from './enhancements.js';

const shared = baseConfig.test;

export default defineConfig({
	plugins: [sveltekit(), enhancements()],
	test: {
		...shared,
		include: ['src/**/*.test.ts', '*.test.ts'],
	},
});
