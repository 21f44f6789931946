import { existsSync, readFileSync } from 'node:fs';
import { LOCALES } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE } from './pseudo-locale.js';
import { BASE_LOCALE, BUILD_DIR, PSEUDO_BUILD, SITE_LOCALES } from './site-build.js';

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('the deployed build', () => {
	it('is the default: core’s locales into build/, without the pseudo-locale', () => {
		expect(process.env.MGI_PSEUDO_LOCALE).toBeUndefined();
		expect(PSEUDO_BUILD).toBe(false);
		expect(BUILD_DIR).toBe('build');
		expect(SITE_LOCALES).toEqual(LOCALES);
		expect(SITE_LOCALES).not.toContain(PSEUDO_LOCALE);
	});

	it('publishes no pseudo-locale page', () => {
		expect(existsSync(new URL(`../build/${PSEUDO_LOCALE}/`, import.meta.url))).toBe(false);
		expect(readFileSync(new URL('../build/sitemap.xml', import.meta.url), 'utf8')).not.toContain(
			PSEUDO_LOCALE,
		);
	});

	it('follows core’s locale registry in the inlang project', () => {
		const settings = json('../project.inlang/settings.json');
		expect(settings.locales).toEqual(LOCALES);
		expect(settings.baseLocale).toBe(BASE_LOCALE);
	});

	it('cannot be made a pseudo build by the environment: only build:pseudo sets the flag', () => {
		const { scripts } = json('../package.json');
		for (const [name, script] of Object.entries<string>(scripts))
			expect(script.includes('MGI_PSEUDO_LOCALE'), name).toBe(name === 'build:pseudo');
		// turbo passes a task only the variables it lists (strict mode)
		const { tasks } = json('../turbo.json');
		expect(JSON.stringify(tasks.build)).not.toContain('MGI_PSEUDO_LOCALE');
		expect(json('../../../turbo.json').globalPassThroughEnv).not.toContain('MGI_PSEUDO_LOCALE');
	});
});
