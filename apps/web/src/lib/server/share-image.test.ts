import { findGovernment } from '@mgi-stories/core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { cataloguePhrases, catalogueTexts, englishPhrasesIn } from '../../untranslated-text';
import { locatorMap, worldMap } from './map';
import { shareEntries } from './share-cards';
import { SHARE_HEIGHT, SHARE_WIDTH, sharePng, shareSvg, shareTexts } from './share-image';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('share images', () => {
	it('render a 1200×630 PNG of the title and the map, offline', async () => {
		const kazakhstan = findGovernment({ query: 'KAZ' });
		if (!kazakhstan) throw new Error('KAZ missing');
		const png = await sharePng({
			kicker: 'Success story · page 10',
			title: 'Kazakhstan',
			map: locatorMap(kazakhstan),
		});
		expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
		const view = new DataView(png.buffer, png.byteOffset);
		expect(view.getUint32(16)).toBe(SHARE_WIDTH);
		expect(view.getUint32(20)).toBe(SHARE_HEIGHT);
	});

	it('draw the title as shapes, so no font is needed to show it', async () => {
		const svg = await shareSvg({ kicker: 'Map', title: 'Who took part', map: worldMap() });
		expect(svg).toContain('<title>Who took part</title>');
		expect(svg).not.toContain('<text');
	});

	it('never break a line between a number and its noun (« 84 pays », « page 12 »), in any language (round 5)', () => {
		// a number then a word that is not a preposition or a conjunction (« page 3 de la brochure »)
		const breakable = /\d (?!(?:de|del|et|y|and|of)(?!\p{L}))\p{L}|(?<!\p{L})(?:page|página) \d/u;
		const found = (['en', 'fr', 'es'] as const).flatMap((locale) => {
			overwriteGetLocale(() => locale);
			try {
				return shareEntries().flatMap((entry) =>
					Object.values(shareTexts(entry.card()))
						.filter((text) => breakable.test(text))
						.map((text) => `${locale} ${entry.section}/${entry.id}: ${text}`),
				);
			} finally {
				overwriteGetLocale(() => baseLocale);
			}
		});
		expect(found).toEqual([]);
	});

	describe('in French and Spanish', () => {
		afterEach(() => overwriteGetLocale(() => baseLocale));

		for (const locale of ['fr', 'es'] as const) {
			it(`draw no English words on ${locale} cards`, () => {
				overwriteGetLocale(() => locale);
				const phrases = cataloguePhrases(catalogueTexts(baseLocale), catalogueTexts(locale));
				const found = shareEntries().flatMap((entry) => {
					const words = Object.values(shareTexts(entry.card()));
					const english = englishPhrasesIn(words, phrases);
					return english.length > 0 ? [`${entry.section}/${entry.id}: ${english.join(' | ')}`] : [];
				});
				expect(found).toEqual([]);
			});
		}

		it('name a local authority with its country, as the site does (round 6)', () => {
			overwriteGetLocale(() => 'fr');
			const montreal = shareEntries().find(
				(entry) => entry.section === 'governments' && entry.id === 'ca-montreal',
			);
			expect(montreal?.card().title).toBe('Montréal (Canada)');
		});
	});
});
