import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { sourceList } from '$lib/server/sources';
import { load as dataPage } from '../data/+page.server';
import { load } from './+page.server';

describe('the about page’s method', () => {
	it('says the dataset covers the one edition it holds, and nothing it has no source for (round 13)', async () => {
		const { editions, editionCount } = (await load({} as never)) as Exclude<
			Awaited<ReturnType<typeof load>>,
			void
		>;
		expect(editionCount).toBe(1);
		expect(m.about_method_edition({ editions, count: editionCount })).toBe(
			'This dataset covers the 2021 edition, and every record says which edition it comes from.',
		);
	});

	it('lists the same sources as the data page and /v1/source: one list, one count (round 7)', async () => {
		const page = async (loader: typeof load | typeof dataPage) =>
			(await loader({} as never)) as { sources: ReturnType<typeof sourceList> };
		expect((await page(load)).sources).toEqual(sourceList());
		expect((await page(dataPage)).sources).toEqual(sourceList());
	});
});
