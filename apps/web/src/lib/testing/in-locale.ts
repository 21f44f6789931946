/** @module a test's way to render in a locale: what `run` returns in `locale`, then English again */
import { type Locale, overwriteGetLocale } from '$lib/paraglide/runtime';

export function inLocale<T>(locale: Locale, run: () => T): T {
	overwriteGetLocale(() => locale);
	try {
		return run();
	} finally {
		overwriteGetLocale(() => 'en');
	}
}
