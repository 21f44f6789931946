/** @module the shared conformance suite, run against what the built site publishes in each of its languages */
import { fileURLToPath } from 'node:url';
import { runConformance } from '@mgi-stories/conformance';
import { LOCALES } from '@mgi-stories/core';
import { loadPublished } from './conformance-surface';

const build = fileURLToPath(new URL('../build', import.meta.url));

runConformance({
	name: 'web (built site)',
	locales: LOCALES,
	load: (locale) => loadPublished(build, locale),
});
