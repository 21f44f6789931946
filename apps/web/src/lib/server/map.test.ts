import { countries, findGovernment } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/testing/in-locale';
import {
	BOUNDARIES_DISCLAIMER,
	circularMeanLongitude,
	locatorMap,
	regionMap,
	spreadPoints,
	worldMap,
} from './map';

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

describe('story marks', () => {
	it('mark each of the 19 stories once: 18 countries, and São Paulo on its own point', () => {
		const map = worldMap();
		expect(map.storyMarks).toHaveLength(19);
		expect(map.countries.filter((country) => country.hasStory)).toHaveLength(18);
		expect(map.countries.find((country) => country.id === 'BRA')?.hasStory).toBe(false);
		const saoPaulo = map.localAuthorities.find((authority) => authority.hasStory);
		const mark = map.storyMarks.find((candidate) => candidate.id === saoPaulo?.id);
		expect(mark).toMatchObject({ x: saoPaulo?.x, y: saoPaulo?.y, outside: false });
	});
});

describe('circularMeanLongitude', () => {
	it('averages across the antimeridian to 180°, not 0°', () => {
		expect(Math.abs(circularMeanLongitude([{ lon: 179 }, { lon: -179 }]))).toBeCloseTo(180, 5);
		expect(circularMeanLongitude([{ lon: 10 }, { lon: 30 }])).toBeCloseTo(20, 5);
	});
});

describe('regionMap', () => {
	it('fits Oceania, Fiji across 180° included, with all its participants inside the frame', () => {
		const map = regionMap('Oceania');
		const oceania = countries.filter((country) => country.region === 'Oceania');
		expect(map.countries).toHaveLength(oceania.length);
		const xs = map.countries.map((country) => country.x);
		for (const country of map.countries) {
			expect(country.x).toBeGreaterThan(0);
			expect(country.x).toBeLessThan(map.width);
			expect(country.y).toBeGreaterThan(0);
			expect(country.y).toBeLessThan(map.height);
		}
		// fitted: the participants span most of the frame, not a corner of a world map
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(map.width / 3);
	});

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

describe('clusters of local authorities', () => {
	const regions = [...new Set(countries.map((country) => country.region))];
	const maps = [
		{ name: 'the world', map: worldMap() },
		...regions.map((region) => ({ name: region, map: regionMap(region) })),
	];

	const ofKind = (map: ReturnType<typeof worldMap>, kind: 'local' | 'story') =>
		map.clusters.filter((cluster) => cluster.kind === kind);

	it.each(maps)('count every local authority once on the map of $name', ({ map }) => {
		expect(ofKind(map, 'local').reduce((sum, cluster) => sum + cluster.count, 0)).toBe(
			map.localAuthorities.length,
		);
	});

	it('count every story once on the map of the world', () => {
		const map = worldMap();
		expect(ofKind(map, 'story').reduce((sum, cluster) => sum + cluster.count, 0)).toBe(
			map.storyMarks.length,
		);
	});

	it.each(maps.slice(1))('leave the stories on their countries on the map of $name', ({ map }) => {
		expect(ofKind(map, 'story')).toEqual([]);
	});

	it('group the world’s stories by region, several leading to their list', () => {
		const europe = worldMap().clusters.find((cluster) => cluster.id === 'story-europe');
		expect(europe).toMatchObject({ href: '/stories/region/europe/', count: 3, only: null });
	});

	it('group the world by region, linking to its view, and a region by country', () => {
		const americas = worldMap().clusters.find((cluster) => cluster.id === 'local-americas');
		expect(americas).toMatchObject({ name: 'Americas', href: '/regions/americas/', only: null });
		const colombia = regionMap('Americas').clusters.find(
			(cluster) => cluster.kind === 'local' && cluster.name === 'Colombia',
		);
		expect(colombia).toMatchObject({ href: '/governments/col/', count: 4 });
	});

	it('link a lone authority to its own page', () => {
		const canada = regionMap('Americas').clusters.find(
			(cluster) => cluster.kind === 'local' && cluster.name === 'Canada',
		);
		expect(canada?.count).toBe(1);
		expect(canada?.only).toMatch(/^Montr/);
		expect(canada?.href).toMatch(/^\/governments\/ca-/);
	});

	it('offer a 24 px target on a 375 px screen, where the map is drawn twice its 343 px column', () => {
		expect(2 * worldMap().clusterRadius * (686 / worldMap().width)).toBeGreaterThanOrEqual(24);
	});

	it.each(maps.slice(1))(
		'offer a 24 px target on the map of $name, framed taller in a 343 px column',
		({ map }) => {
			const frameHeight = 343 / (map.phoneAspect ?? map.width / map.height);
			const scale = Math.max(343 / map.width, frameHeight / map.height);
			expect(2 * map.clusterRadius * scale).toBeGreaterThanOrEqual(24);
		},
	);

	it('frame a tall region taller on a phone, no taller than 4:3', () => {
		const africa = regionMap('Africa').phoneAspect;
		expect(africa).toBeGreaterThanOrEqual(0.75);
		expect(africa).toBeLessThan(1.2);
		expect(worldMap().phoneAspect).toBeNull();
	});

	it('zoom from the world into each region with participants, and not further', () => {
		expect(worldMap().regions.map((region) => region.name)).toEqual([...regions].sort());
		expect(regionMap('Africa').regions).toEqual([]);
	});
});

describe('symbols that hide no country', () => {
	it('spread the story marks so none covers another (Albania and Moldova apart)', () => {
		const marks = worldMap().storyMarks;
		expect(marks.map((mark) => mark.id)).toEqual(expect.arrayContaining(['ALB', 'MDA', 'IRL']));
		for (const [i, a] of marks.entries()) {
			for (const b of marks.slice(i + 1)) {
				expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id}–${b.id}`).toBeGreaterThanOrEqual(9.9);
			}
		}
	});

	it('put a small country’s mark beside it, a large one’s inside', () => {
		const mark = (id: string) => worldMap().storyMarks.find((candidate) => candidate.id === id);
		expect(mark('IRL')).toMatchObject({ outside: true });
		expect(mark('IRL')?.x).toBeLessThan(mark('IRL')?.from.x ?? 0);
		expect(mark('KAZ')).toMatchObject({ outside: false });
	});

	it('put Moldova’s mark on the Black Sea, not on a neighbour, with a line back', () => {
		const moldova = worldMap().storyMarks.find((candidate) => candidate.id === 'MDA');
		expect(moldova).toMatchObject({ outside: true });
		// east and south of its point: the sea, where no neighbour's shape lies under it
		expect(moldova?.x).toBeGreaterThan(moldova?.from.x ?? Number.POSITIVE_INFINITY);
		expect(moldova?.y).toBeGreaterThan(moldova?.from.y ?? Number.POSITIVE_INFINITY);
	});

	it('give Lesotho and Eswatini, too small to see inside South Africa, a dot as well', () => {
		for (const map of [worldMap(), regionMap('Africa')]) {
			const tiny = map.countries.filter((country) => country.tiny).map((country) => country.id);
			expect(tiny).toEqual(expect.arrayContaining(['LSO', 'SWZ']));
			expect(tiny).not.toContain('ZAF');
		}
	});

	it('centre Lesotho’s and Eswatini’s dots on their shapes and cover them whole', () => {
		for (const map of [worldMap(), regionMap('Africa')]) {
			for (const country of map.countries) {
				if (!country.tiny || !country.path) continue;
				const numbers = (country.path.match(/-?\d+/g) ?? []).map(Number);
				const corners = numbers.flatMap((value, index) =>
					index % 2 === 0 ? [{ x: value, y: numbers[index + 1] ?? 0 }] : [],
				);
				const { x, y, r } = country.tiny;
				for (const corner of corners) {
					expect(Math.hypot(corner.x - x, corner.y - y)).toBeLessThanOrEqual(r);
				}
			}
		}
	});

	it('draw the whole globe inside the frame, Arctic included', () => {
		const numbers = (worldMap().sphere.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
		expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...numbers.filter((_, index) => index % 2 === 1))).toBeLessThanOrEqual(
			worldMap().height,
		);
	});
});

describe('Western Sahara, as on UN maps', () => {
	it('is drawn apart, its boundary with Morocco dashed on every map that shows it', () => {
		for (const map of [worldMap(), regionMap('Africa')]) {
			expect(map.disputed.area).toMatch(/^M/);
			expect(map.disputed.boundary).toMatch(/^M/);
			expect(map.land).not.toContain(map.disputed.area);
		}
	});

	it('takes in the coast Natural Earth gives Morocco: Morocco ends at the dashed line', () => {
		const ys = (d: string) =>
			(d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).filter((_, index) => index % 2 === 1);
		const morocco = worldMap().countries.find((country) => country.id === 'MAR');
		const line = ys(worldMap().disputed.boundary);
		expect(Math.max(...ys(morocco?.path ?? ''))).toBeLessThanOrEqual(Math.max(...line) + 1);
		expect(Math.max(...line) - Math.min(...line)).toBeLessThanOrEqual(1);
	});

	it('comes with the booklet’s own disclaimer, verbatim', () => {
		expect(BOUNDARIES_DISCLAIMER).toMatch(
			/^The designations employed .* concerning its frontiers or boundaries\.$/,
		);
		expect(worldMap().disclaimer).toBe(BOUNDARIES_DISCLAIMER);
	});
});

describe('locatorMap', () => {
	it('fits the country’s neighbourhood, not the whole world', () => {
		const kazakhstan = findGovernment({ query: 'KAZ' });
		if (!kazakhstan) throw new Error('KAZ missing');
		const map = locatorMap(kazakhstan);
		// centred on the country, which fills a good part of the frame
		expect(map.x).toBeCloseTo(map.width / 2, -1);
		const xs = (map.highlight?.match(/[ML](-?\d+),/g) ?? []).map((step) =>
			Number(step.slice(1, -1)),
		);
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(map.width / 4);
	});

	it('keeps a government across the date line whole (Tuvalu)', () => {
		const tuvalu = findGovernment({ query: 'TUV' });
		if (!tuvalu) throw new Error('TUV missing');
		const map = locatorMap(tuvalu);
		expect(map.x).toBeGreaterThan(0);
		expect(map.x).toBeLessThan(map.width);
		expect(map.land).toMatch(/^M/);
	});

	it('zooms closer on a small country, so the country itself is visible (Moldova)', () => {
		const moldova = findGovernment({ query: 'MDA' });
		if (!moldova) throw new Error('MDA missing');
		const map = locatorMap(moldova);
		const ys = (map.highlight?.match(/-?\d+/g) ?? []).map(Number).filter((_, i) => i % 2 === 1);
		expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(map.height / 5);
		expect(map.dot).toBe(false);
		expect(map.local).toBe(false);
	});

	it('fills the neighbours as the home map does: participants and countries with a story', () => {
		const angola = findGovernment({ query: 'AGO' });
		if (!angola) throw new Error('AGO missing');
		const map = locatorMap(angola);
		expect(map.neighbours.some((neighbour) => neighbour.hasStory)).toBe(true);
		expect(map.neighbours.some((neighbour) => !neighbour.hasStory)).toBe(true);
		expect(map.neighbours.every((neighbour) => neighbour.path !== map.highlight)).toBe(true);
	});

	it('rings a local authority, and only a local authority', () => {
		const authority = countries.flatMap((country) => country.localAuthorities)[0];
		if (!authority) throw new Error('no local authority');
		expect(locatorMap(authority).local).toBe(true);
	});
});

describe('a map in French and Spanish', () => {
	const authorityNames = (map: ReturnType<typeof worldMap>) =>
		map.localAuthorities.map((authority) => authority.name);

	it('names Montréal with its accent in French, on the world map and the Americas', () => {
		for (const map of inLocale('fr', () => [worldMap(), regionMap('Americas')])) {
			expect(authorityNames(map)).toContain('Montréal');
			expect(authorityNames(map)).not.toContain('Montreal');
		}
	});

	it('lists its links in the order of the locale’s collator', () => {
		for (const locale of ['fr', 'es'] as const) {
			const { compare } = new Intl.Collator(locale, { numeric: true });
			const map = inLocale(locale, () => worldMap());
			const countryNames = map.countries.map((country) => country.name);
			expect(countryNames).toEqual([...countryNames].sort(compare));
			expect(authorityNames(map)).toEqual([...authorityNames(map)].sort(compare));
		}
	});
});
