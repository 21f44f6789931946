import { countries } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { regionMap, spreadPoints, worldMap } from './map';

const gap = (a: { x: number; y: number; dx: number; dy: number }, b: typeof a) =>
	Math.hypot(a.x + a.dx - (b.x + b.dx), a.y + a.dy - (b.y + b.dy));

describe('spreadPoints', () => {
	it('moves overlapping points apart to the minimum distance', () => {
		const spread = spreadPoints(
			[
				{ x: 10, y: 10 },
				{ x: 11, y: 10 },
				{ x: 10, y: 10 },
			],
			8,
		);
		for (let i = 0; i < spread.length; i++) {
			for (let j = i + 1; j < spread.length; j++) {
				expect(gap(spread[i] as never, spread[j] as never)).toBeGreaterThanOrEqual(7.9);
			}
		}
	});

	it('leaves points that are far enough apart where they are', () => {
		const spread = spreadPoints(
			[
				{ x: 0, y: 0 },
				{ x: 50, y: 0 },
			],
			8,
		);
		expect(spread.map(({ dx, dy }) => [dx, dy])).toEqual([
			[0, 0],
			[0, 0],
		]);
	});
});

describe('worldMap', () => {
	it('draws no two local authority markers on top of each other', () => {
		const markers = worldMap().localAuthorities;
		expect(markers).toHaveLength(29);
		for (let i = 0; i < markers.length; i++) {
			for (let j = i + 1; j < markers.length; j++) {
				expect(gap(markers[i] as never, markers[j] as never)).toBeGreaterThanOrEqual(7.5);
			}
		}
	});
});

describe('regionMap', () => {
	it('keeps the larger markers of a zoomed region apart', () => {
		for (const region of ['Africa', 'Americas', 'Europe']) {
			const map = regionMap(region);
			const markers = map.localAuthorities;
			for (let i = 0; i < markers.length; i++) {
				for (let j = i + 1; j < markers.length; j++) {
					expect(gap(markers[i] as never, markers[j] as never)).toBeGreaterThan(
						map.markerRadius * 2,
					);
				}
			}
		}
	});

	it('shows only the region’s participants, inside the frame', () => {
		const map = regionMap('Africa');
		const african = countries.filter((country) => country.region === 'Africa');
		expect(map.countries).toHaveLength(african.length);
		for (const point of [...map.countries, ...map.localAuthorities]) {
			expect(point.x).toBeGreaterThanOrEqual(0);
			expect(point.x).toBeLessThanOrEqual(map.width);
			expect(point.y).toBeGreaterThanOrEqual(0);
			expect(point.y).toBeLessThanOrEqual(map.height);
		}
	});

	it('refuses a region with no participant', () => {
		expect(() => regionMap('Atlantis')).toThrow(/Atlantis/);
	});
});
