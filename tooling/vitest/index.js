/** @module shared vitest preset: every workspace's tests run the same way */
import { defineConfig } from 'vitest/config';

export const baseConfig = defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
		environment: 'node',
		reporters: process.env.CI ? ['dot'] : ['default'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});
