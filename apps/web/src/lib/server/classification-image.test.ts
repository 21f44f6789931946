import { stories } from '@mgi-stories/core';
import { afterEach, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { gridFacets } from './classification';
import { classificationPng, classificationSvg } from './classification-image';

describe('the classification grid as an image', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('is drawn in the words of the locale, its Global Compact titles as the pages give them', async () => {
		overwriteGetLocale(() => 'fr');
		const svg = await classificationSvg();
		expect(
			svg.includes(
				`<title id="grid-title">Les ${stories.length} histoires de réussite des IGM selon notre classification</title>`,
			),
		).toBe(true);
		expect(svg.includes(m.grid_image_subtitle({}, { locale: 'fr' }))).toBe(true);
		expect(svg.includes('(notre traduction)')).toBe(true);
		expect(svg.includes('against our classification')).toBe(false);
	});

	it('has a title and the attribution, in words and drawn', async () => {
		const svg = await classificationSvg();
		// (booleans: a failing message would print the whole drawing)
		const title = `The ${stories.length} MGI success stories against our classification`;
		expect(svg.includes(`<title id="grid-title">${title}</title>`)).toBe(true);
		expect(svg.includes("the mgi-stories project's reading (CC BY 4.0)")).toBe(true);
		// text is drawn as shapes, so the file shows the same without the font
		expect(svg.includes('<text')).toBe(false);
	});

	it('draws one dot per tag of every story, each named', async () => {
		const svg = await classificationSvg();
		const dots = svg.match(/<circle /g) ?? [];
		const shown = new Set(
			gridFacets().flatMap((facet) => facet.values.map((value) => `${facet.id}:${value.id}`)),
		);
		const tags = stories.flatMap((story) =>
			[...new Set(story.tags.map((tag) => `${tag.facet}:${tag.value}`))].filter((tag) =>
				shown.has(tag),
			),
		);
		expect(dots).toHaveLength(tags.length);
		expect(svg.includes('<title>Cambodia: Health</title>')).toBe(true);
	});

	it('keeps satori’s ids unique once its layouts are combined', async () => {
		const ids = [...(await classificationSvg()).matchAll(/ id="([^"]+)"/g)].map(
			(match) => match[1],
		);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('renders a PNG twice the SVG’s width', async () => {
		const png = await classificationPng();
		expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(2400);
	});
});
