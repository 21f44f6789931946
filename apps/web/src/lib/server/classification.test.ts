import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { gridFacets } from './classification';
import { shownLabels } from './vocabulary';

describe('gridFacets', () => {
	it.each(['en', 'fr', 'es'] as const)(
		'labels every value as the other pages show it in %s (a Global Compact title we translated says so)',
		(locale) => {
			overwriteGetLocale(() => locale);
			try {
				const shown = shownLabels(locale);
				const values = gridFacets().flatMap((facet) =>
					facet.values.map((value) => ({ key: `${facet.id}:${value.id}`, label: value.label })),
				);
				expect(values.length).toBeGreaterThan(0);
				for (const { key, label } of values) expect(label, key).toBe(shown.get(key));
				const ours = values.filter(({ label }) =>
					/\((notre traduction|traducción nuestra)\)$/.test(label),
				);
				expect(ours.length > 0).toBe(locale !== 'en');
			} finally {
				overwriteGetLocale(() => 'en');
			}
		},
	);
});
