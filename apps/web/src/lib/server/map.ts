/** @module the world map, projected at build time from Natural Earth (world-atlas 110m) with d3-geo */
import {
	countries,
	type Government,
	governmentId,
	ownStoriesOf,
	publication,
	stories,
} from '@mgi-stories/core';
import { geoBounds, geoCircle, geoContains, geoEqualEarth, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { filterPath } from '$lib/filters';
import { getLocale, type Locale, localHref } from '$lib/i18n';
import type { LocatorMap, MapCluster, WorldMap } from '$lib/types';
import { areaName, byName, nameOf } from './names';
import { governmentPath, regionPath, regionSlug, storyPath } from './paths';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
const ANTARCTICA = '010';
/** Western Sahara (an area of its own in UN M49), and the country our maps part it from by a dashed line */
const WESTERN_SAHARA = '732';
const MOROCCO = '504';

type Topology = Parameters<typeof merge>[0];
type Geometry = Extract<Parameters<typeof merge>[1], unknown[]>[number] & { id?: string | number };
const topology = world as unknown as Topology & {
	objects: { countries: { geometries: Geometry[] } };
};
const geometries = topology.objects.countries.geometries.filter(
	(geometry) => geometry.id !== ANTARCTICA,
);

// a margin for the sphere's outline, drawn whole
const projection = geoEqualEarth().fitExtent(
	[
		[6, 6],
		[MAP_WIDTH - 6, MAP_HEIGHT - 6],
	],
	{ type: 'Sphere' },
);
// whole pixels are finer than the 110m data; they keep the page small
const path = geoPath(projection).digits(0);
const round = (value: number) => Math.round(value * 10) / 10;

function project(point: { lat: number; lon: number }) {
	const [x = 0, y = 0] = projection([point.lon, point.lat]) ?? [];
	return { x: round(x), y: round(y) };
}

const byId = (id: string) => geometries.find((geometry) => String(geometry.id) === id);

/**
 * Western Sahara as our maps draw it (our choice): everything south of 27°40′N that Natural Earth's de facto
 * boundaries give to Morocco or to Western Sahara, apart from Morocco, the line between them dashed.
 */
const WESTERN_SAHARA_NORTH = 27 + 40 / 60;
type Ring = [number, number][];
type Shape = { type: 'MultiPolygon'; coordinates: Ring[][] };

/** The part of a ring on one side of the parallel (Sutherland–Hodgman against a half-plane). */
function clipRing(ring: Ring, north: boolean): Ring {
	const inside = ([, lat]: [number, number]) => lat >= WESTERN_SAHARA_NORTH === north;
	const clipped: Ring = [];
	ring.forEach((a, index) => {
		const b = ring[(index + 1) % ring.length] as [number, number];
		if (inside(a)) clipped.push(a);
		if (inside(a) !== inside(b)) {
			const t = (WESTERN_SAHARA_NORTH - a[1]) / (b[1] - a[1]);
			clipped.push([a[0] + t * (b[0] - a[0]), WESTERN_SAHARA_NORTH]);
		}
	});
	const [first] = clipped;
	return first ? [...clipped, first] : [];
}

const clipShape = (shape: Shape, north: boolean): Shape => ({
	type: 'MultiPolygon',
	coordinates: shape.coordinates
		.map((polygon) =>
			polygon.map((ring) => clipRing(ring, north)).filter((ring) => ring.length > 3),
		)
		.filter((polygon) => polygon.length > 0),
});

const westernSahara = byId(WESTERN_SAHARA);
const moroccoGeometry = byId(MOROCCO);
/** Morocco and Western Sahara as one shape, before the parallel parts them */
const moroccoAndSahara = merge(
	topology,
	[westernSahara, moroccoGeometry].filter((geometry) => geometry !== undefined),
) as unknown as Shape;
const morocco = clipShape(moroccoAndSahara, true);
const saharaArea = clipShape(moroccoAndSahara, false);
const saharaBoundary = (() => {
	const lons = morocco.coordinates
		.flat(2)
		.filter(([, lat]) => lat === WESTERN_SAHARA_NORTH)
		.map(([lon]) => lon);
	const [west, east] = [Math.min(...lons), Math.max(...lons)];
	// points along the parallel, so the projected line follows it rather than a great circle
	const steps = Math.max(1, Math.ceil((east - west) / 0.5));
	return {
		type: 'LineString' as const,
		coordinates: Array.from({ length: steps + 1 }, (_, step) => [
			west + ((east - west) * step) / steps,
			WESTERN_SAHARA_NORTH,
		]),
	};
})();

/** A country's shape as the maps draw it (Morocco without Western Sahara). */
function countryShape(numeric: string) {
	if (numeric === MOROCCO) return morocco;
	const geometry = byId(numeric);
	return geometry ? feature(topology, geometry) : undefined;
}

/** The booklet's sentence on designations and boundaries, from its disclaimer, verbatim. */
export const BOUNDARIES_DISCLAIMER =
	publication.disclaimer.slice(publication.disclaimer.indexOf('The designations')) || '';

/** Western Sahara apart, and its boundary with Morocco, as `draw` projects them. */
const disputedAreas = (draw: (object: Parameters<typeof path>[0]) => string) => ({
	area: draw(saharaArea as Parameters<typeof path>[0]),
	boundary: draw(saharaBoundary),
});

/**
 * Moves points apart until none is closer than `minDistance` to another (a few relaxation passes),
 * so neighbouring markers stay separately visible and clickable. Returns new points; the originals
 * stay where they are (markers that moved draw a line back to them).
 */
export function spreadPoints<T extends { x: number; y: number }>(
	points: readonly T[],
	minDistance: number,
	passes = 400,
): (T & { dx: number; dy: number })[] {
	const moved = points.map((point) => ({ ...point, dx: 0, dy: 0 }));
	for (let pass = 0; pass < passes; pass++) {
		let changed = false;
		for (let i = 0; i < moved.length; i++) {
			for (let j = i + 1; j < moved.length; j++) {
				const a = moved[i] as T & { dx: number; dy: number };
				const b = moved[j] as T & { dx: number; dy: number };
				let ux = b.x + b.dx - (a.x + a.dx);
				let uy = b.y + b.dy - (a.y + a.dy);
				let distance = Math.hypot(ux, uy);
				if (distance >= minDistance) continue;
				if (distance === 0) {
					// identical points: part them along a fixed direction, by order
					ux = 1;
					uy = 0;
					distance = 1;
				}
				const push = (minDistance - distance) / 2 + 0.01;
				a.dx -= (ux / distance) * push;
				a.dy -= (uy / distance) * push;
				b.dx += (ux / distance) * push;
				b.dy += (uy / distance) * push;
				changed = true;
			}
		}
		if (!changed) break;
	}
	return moved.map((point) => ({ ...point, dx: round(point.dx), dy: round(point.dy) }));
}

type Frame = { width: number; height: number };

/**
 * Where markers go: spread so no two centres are closer than `minDistance`, then kept `margin` inside
 * the frame. Every marker layer (story marks, local authorities, clusters) is placed by this.
 */
function placeApart<T extends { x: number; y: number }>(
	points: readonly T[],
	minDistance: number,
	frame: Frame,
	margin: number,
): (T & { dx: number; dy: number })[] {
	const inside = (value: number, size: number) => Math.min(Math.max(value, margin), size - margin);
	return spreadPoints(points, minDistance).map((point) => ({
		...point,
		dx: round(inside(point.x + point.dx, frame.width) - point.x),
		dy: round(inside(point.y + point.dy, frame.height) - point.y),
	}));
}

/** The countries (alpha-3) with a story of their own: a local authority's story makes its country a participant only. */
const withStory = new Set(
	countries.filter((country) => ownStoriesOf(country).length > 0).map((country) => country.alpha3),
);

/** Local authority markers: r in map units, spread so none overlaps another. */
const MARKER_SPACING = 8;

/**
 * Clusters must offer a 24 CSS px target on a 375 px screen, where the map is drawn twice the
 * screen's column, about 686 px wide (0.71 px a unit) and scrolled sideways: a radius of 18 units is
 * 12.9 px, and centres 42 units apart leave a gap between any two.
 */
export const CLUSTER_RADIUS = 18;
/** The column a region's map fits on a 375 px screen, in CSS px. */
const PHONE_COLUMN = 343;
/** A region's frame on a phone is at most 4:3 tall (width over height at least 0.75). */
const PHONE_LEAST_ASPECT = 0.75;

type Point = { x: number; y: number };
type MapGroup = { id: string; name: string; href: string };
type ClusterMember = { group: MapGroup; name: string; href: string; point: Point };

/** Members grouped (by region or country), each group one marker at the centre of its members. */
function groupCentres(members: ClusterMember[], kind: MapCluster['kind']) {
	const groups = new Map<string, ClusterMember[]>();
	for (const member of members) {
		groups.set(member.group.id, [...(groups.get(member.group.id) ?? []), member]);
	}
	return [...groups.entries()].map(([id, list]) => {
		const [first] = list as [ClusterMember];
		const single = list.length === 1;
		return {
			id: `${kind}-${id}`,
			kind,
			name: first.group.name,
			href: single ? first.href : first.group.href,
			only: single ? first.name : null,
			count: list.length,
			x: round(list.reduce((sum, member) => sum + member.point.x, 0) / list.length),
			y: round(list.reduce((sum, member) => sum + member.point.y, 0) / list.length),
		};
	});
}

/**
 * Members whose markers would overlap where they are (centres closer than `distance`, one chain of
 * them) joined into one group within their own group (a country); a member with none near stands
 * alone, linking to its own page.
 */
function proximityGroups(members: ClusterMember[], distance: number): ClusterMember[] {
	const component = members.map((_, index) => index);
	const root = (index: number): number =>
		component[index] === index ? index : root(component[index] as number);
	members.forEach((a, i) => {
		members.forEach((b, j) => {
			const near = Math.hypot(a.point.x - b.point.x, a.point.y - b.point.y) < distance;
			if (j > i && near && a.group.id === b.group.id) component[root(j)] = root(i);
		});
	});
	return members.map((member, index) => ({
		...member,
		group: { ...member.group, id: `${member.group.id}-${root(index)}` },
	}));
}

/**
 * What a narrow screen shows instead of marks too small to tell apart or to tap. The world map groups
 * the local authorities and the success stories by region, all placed apart at once so no cluster
 * covers another. A region's map keeps its story marks (the countries' own fills and diamonds) and
 * joins only local authorities whose markers would overlap.
 */
function clusterMarks(
	authorities: ClusterMember[],
	storyMembers: ClusterMember[],
	frame: Frame & { clusterRadius: number; clusterBy: 'region' | 'country' },
): MapCluster[] {
	const radius = frame.clusterRadius;
	const markers =
		frame.clusterBy === 'region'
			? [...groupCentres(authorities, 'local'), ...groupCentres(storyMembers, 'story')]
			: groupCentres(proximityGroups(authorities, 2 * radius), 'local');
	return placeApart(markers, 2 * radius + 6, frame, radius + 2);
}

/** The bounding box of a drawn shape, from its path's coordinates. */
function shapeBox(d: string): { x0: number; y0: number; x1: number; y1: number } {
	const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
	const xs = numbers.filter((_, index) => index % 2 === 0);
	const ys = numbers.filter((_, index) => index % 2 === 1);
	if (xs.length === 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
	return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The width and height of a drawn shape. */
function shapeSize(d: string): { width: number; height: number } {
	const { x0, y0, x1, y1 } = shapeBox(d);
	return { width: x1 - x0, height: y1 - y0 };
}

/** The least radius of a tiny country's dot, in map units. */
const TINY_DOT_RADIUS = 4.5;

/**
 * A dot for a shape too small to see (Lesotho, Eswatini), centred on the shape and covering it whole,
 * so no sliver of its outline peeks out beside the dot; null for a shape large enough to see.
 */
function tinyDot(d: string, least: number): { x: number; y: number; r: number } | null {
	const { x0, y0, x1, y1 } = shapeBox(d);
	const side = Math.max(x1 - x0, y1 - y0);
	if (side >= least) return null;
	return {
		x: round((x0 + x1) / 2),
		y: round((y0 + y1) / 2),
		r: round(Math.max(TINY_DOT_RADIUS, side / Math.SQRT2 + 1)),
	};
}

/** Every country's land, to tell sea from land where a mark is put beside a small country. */
const allLand = merge(topology, geometries);

/** The directions a small country's mark may be put in, west first (the Atlantic for Ireland). */
const BESIDE = [
	[-1, 0],
	[1, 0],
	[0, 1],
	[0, -1],
	[-1, 1],
	[1, 1],
	[-1, -1],
	[1, -1],
] as const;

/**
 * The story marks: inside a country large enough to hold one, otherwise beside it, on the first side
 * where the mark lands on sea (Moldova's goes to the Black Sea, not onto Romania), with a line back;
 * then spread so none covers another.
 */
function storyMarks(
	marks: { id: string; x: number; y: number; shape: string | null }[],
	spacing: number,
	frame: Frame & { invert: (point: Point) => [number, number] | null },
): WorldMap['storyMarks'] {
	const onSea = (point: Point) => {
		const coordinates = frame.invert(point);
		return coordinates !== null && !geoContains(allLand, coordinates);
	};
	const placed = marks.map(({ id, x, y, shape }) => {
		// a local authority's mark sits on its point, where its country's shape has no say
		const size = shape === null ? null : shapeSize(shape);
		const small = size !== null && Math.min(size.width, size.height) < 2 * spacing;
		const beside = (direction: readonly [number, number]) =>
			size
				? {
						x: round(x + direction[0] * (size.width / 2 + spacing)),
						y: round(y + direction[1] * (size.height / 2 + spacing)),
					}
				: { x, y };
		const candidates = BESIDE.map(beside);
		const at = small ? (candidates.find(onSea) ?? (candidates[0] as Point)) : { x, y };
		return { id, ...at, from: { x, y }, outside: small, local: shape === null };
	});
	return placeApart(placed, spacing, frame, spacing / 2).map(
		({ id, x, y, dx, dy, from, outside, local }) => ({
			id,
			local,
			x: round(x + dx),
			y: round(y + dy),
			outside: outside || dx !== 0 || dy !== 0,
			from,
		}),
	);
}

function participationMap(options: {
	width: number;
	height: number;
	projectPoint: (point: { lat: number; lon: number }) => { x: number; y: number };
	/** a point on the map back to [longitude, latitude] */
	invert: (point: Point) => [number, number] | null;
	draw: (object: Parameters<typeof path>[0]) => string;
	inView: (country: (typeof countries)[number]) => boolean;
	spacing: number;
	/** the least distance between two story marks' centres, so none covers another */
	markSpacing: number;
	markerRadius: number;
	clusterRadius: number;
	/** what a cluster of local authorities stands for: a region (world map) or a country */
	clusterBy: 'region' | 'country';
	phoneAspect?: number | null;
}): WorldMap {
	const { draw, projectPoint } = options;
	const participating = new Set<string>(countries.map((country) => country.numeric));
	const storyAuthorities = new Set(stories.map((story) => story.localAuthority));
	const others = geometries.filter(
		(geometry) =>
			!participating.has(String(geometry.id)) &&
			geometry !== westernSahara &&
			geometry !== moroccoGeometry,
	);
	const shown = countries.filter(options.inView);
	const outline = (numeric: string) => {
		const shape = countryShape(numeric);
		return shape ? draw(shape as Parameters<typeof path>[0]) : '';
	};
	/** a cluster's group, and where a cluster of several leads: local authorities to the region or country, stories to their list */
	const groupOf = (country: (typeof countries)[number], kind: MapCluster['kind']): MapGroup =>
		options.clusterBy === 'region'
			? {
					id: regionSlug(country.region),
					name: areaName(country.region),
					href:
						kind === 'local'
							? regionPath(country.region)
							: localHref(filterPath('region', regionSlug(country.region))),
				}
			: { id: governmentId(country), name: nameOf(country), href: governmentPath(country) };
	return {
		width: options.width,
		height: options.height,
		markerRadius: options.markerRadius,
		clusterRadius: options.clusterRadius,
		phoneAspect: options.phoneAspect ?? null,
		clusters: clusterMarks(
			shown.flatMap((country) =>
				country.localAuthorities.map((authority) => ({
					group: groupOf(country, 'local'),
					name: nameOf(authority),
					href: governmentPath(authority),
					point: projectPoint(authority.point),
				})),
			),
			stories.flatMap((story) => {
				const country = shown.find((candidate) => candidate.alpha3 === story.country);
				const authority = country?.localAuthorities.find(
					(candidate) => candidate.id === story.localAuthority,
				);
				if (!country) return [];
				return [
					{
						group: groupOf(country, 'story'),
						name: authority ? nameOf(authority) : nameOf(country),
						href: storyPath(story.slug),
						point: projectPoint((authority ?? country).point),
					},
				];
			}),
			options,
		),
		regions:
			options.clusterBy === 'region'
				? [...new Set(shown.map((country) => country.region))]
						.sort(byName(areaName))
						.map((region) => ({ name: areaName(region), href: regionPath(region) }))
				: [],
		sphere: draw({ type: 'Sphere' }),
		land: draw(merge(topology, others)),
		disputed: disputedAreas(draw),
		disclaimer: BOUNDARIES_DISCLAIMER,
		storyMarks: storyMarks(
			[
				...shown
					.filter((country) => withStory.has(country.alpha3))
					.map((country) => ({
						id: governmentId(country),
						...projectPoint(country.point),
						shape: outline(country.numeric),
					})),
				...shown
					.flatMap((country) => country.localAuthorities)
					.filter((authority) => storyAuthorities.has(authority.id))
					.map((authority) => ({
						id: authority.id,
						...projectPoint(authority.point),
						shape: null,
					})),
			],
			options.markSpacing,
			options,
		),
		// the links in the order a reader of the locale looks names up
		countries: [...shown].sort(byName(nameOf)).map((country) => {
			const path = outline(country.numeric) || null;
			return {
				id: governmentId(country),
				name: nameOf(country),
				href: governmentPath(country),
				region: country.region,
				path,
				tiny: path === null ? null : tinyDot(path, 2 * options.markerRadius),
				...projectPoint(country.point),
				hasStory: withStory.has(country.alpha3),
			};
		}),
		localAuthorities: placeApart(
			shown.flatMap((country) =>
				country.localAuthorities.map((authority) => ({
					id: authority.id,
					name: nameOf(authority),
					country: nameOf(country),
					href: governmentPath(authority),
					...projectPoint(authority.point),
					hasStory: storyAuthorities.has(authority.id),
				})),
			),
			options.spacing,
			options,
			options.markerRadius,
		).sort(byName((authority) => authority.name)),
	};
}

const worldMaps = new Map<Locale, WorldMap>();

/** The map of participation: participating countries as shapes (or points), the rest as land. */
export function worldMap(): WorldMap {
	// its names and links are in the locale being rendered: one map per locale
	const locale = getLocale();
	const cached = worldMaps.get(locale);
	if (cached) return cached;
	const map = participationMap({
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		projectPoint: project,
		invert: ({ x, y }) => projection.invert?.([x, y]) ?? null,
		draw: (object) => path(object) ?? '',
		inView: () => true,
		spacing: MARKER_SPACING,
		markSpacing: 10,
		markerRadius: 3.6,
		clusterRadius: CLUSTER_RADIUS,
		clusterBy: 'region',
	});
	worldMaps.set(locale, map);
	return map;
}

/** The mean of longitudes as directions, so 179°E and 179°W average to 180°, not 0°. */
export function circularMeanLongitude(points: readonly { lon: number }[]): number {
	const radians = points.map((point) => (point.lon * Math.PI) / 180);
	const x = radians.reduce((sum, angle) => sum + Math.cos(angle), 0);
	const y = radians.reduce((sum, angle) => sum + Math.sin(angle), 0);
	return (Math.atan2(y, x) * 180) / Math.PI;
}

const REGION_MAP_WIDTH = 960;
const REGION_MAP_HEIGHT = 620;

/**
 * One region zoomed in: the projection fitted to its participating countries and local authorities,
 * clipped to the frame so the page carries only what is visible.
 */
export function regionMap(region: string): WorldMap {
	const members = countries.filter((country) => country.region === region);
	if (members.length === 0) throw new Error(`regionMap: no participating country in "${region}"`);
	const points = members.flatMap((country) => [
		country.point,
		...country.localAuthorities.map((a) => a.point),
	]);
	const extent = {
		type: 'FeatureCollection' as const,
		features: [
			...members.flatMap((country) => {
				const geometry = geometries.find((candidate) => String(candidate.id) === country.numeric);
				return geometry ? [feature(topology, geometry)] : [];
			}),
			...points.map((point) => ({
				type: 'Feature' as const,
				properties: {},
				geometry: { type: 'Point' as const, coordinates: [point.lon, point.lat] },
			})),
		],
	};
	const regional = geoEqualEarth()
		// centred on the region, so one straddling 180° (Fiji) is drawn whole rather than the world
		.rotate([-circularMeanLongitude(points), 0])
		.fitExtent(
			[
				[24, 24],
				[REGION_MAP_WIDTH - 24, REGION_MAP_HEIGHT - 24],
			],
			extent as unknown as Parameters<typeof projection.fitExtent>[1],
		)
		.clipExtent([
			[0, 0],
			[REGION_MAP_WIDTH, REGION_MAP_HEIGHT],
		]);
	const regionalPath = geoPath(regional).digits(0);
	// a phone's frame fits the region's own shape (taller than the desktop's), cropping the empty sides
	const [[x0, y0], [x1, y1]] = regionalPath.bounds(
		extent as unknown as Parameters<typeof regionalPath.bounds>[0],
	);
	const phoneAspect = Math.max(PHONE_LEAST_ASPECT, round((x1 - x0) / (y1 - y0)));
	const phoneScale = Math.max(
		PHONE_COLUMN / REGION_MAP_WIDTH,
		PHONE_COLUMN / phoneAspect / REGION_MAP_HEIGHT,
	);
	return participationMap({
		phoneAspect: phoneAspect < REGION_MAP_WIDTH / REGION_MAP_HEIGHT ? phoneAspect : null,
		width: REGION_MAP_WIDTH,
		height: REGION_MAP_HEIGHT,
		projectPoint: (point) => {
			const [x = 0, y = 0] = regional([point.lon, point.lat]) ?? [];
			return { x: round(x), y: round(y) };
		},
		invert: ({ x, y }) => regional.invert?.([x, y]) ?? null,
		draw: (object) => regionalPath(object) ?? '',
		inView: (country) => country.region === region,
		spacing: MARKER_SPACING * 2.5,
		markSpacing: 22,
		markerRadius: 8,
		// a 24 px target, and a little more, at the phone's scale
		clusterRadius: Math.ceil(12.5 / phoneScale),
		clusterBy: 'country',
	});
}

/** How far around a government its locator map shows, in degrees: its neighbours, not the world. */
const LOCATOR_REACH = 16;
/** A small country is shown closer, this many times its own half-diagonal around it, but no closer. */
const LOCATOR_ZOOM = 3;
const LOCATOR_LEAST_REACH = 4;
/** Under this size (map units) a highlighted shape is hard to see: a dot marks it as well. */
const LOCATOR_VISIBLE = 24;

/** The neighbourhood's radius in degrees: closer around a small country, so the country itself shows. */
function locatorReach(geometry: Geometry | undefined): number {
	if (!geometry) return LOCATOR_REACH;
	const [[west, south], [east, north]] = geoBounds(feature(topology, geometry));
	// a shape across the date line has west > east
	const width = (((east - west) % 360) + 360) % 360;
	const halfDiagonal = Math.hypot(width, north - south) / 2;
	return Math.min(LOCATOR_REACH, Math.max(LOCATOR_LEAST_REACH, LOCATOR_ZOOM * halfDiagonal));
}

/**
 * A map locating one government in its part of the world: the projection centred on it and fitted
 * to its country and the neighbourhood around it, clipped to the frame. The neighbours keep the
 * home map's fills (participant, story, other land), so the locator reads with the same legend.
 */
export function locatorMap(government: Government): LocatorMap {
	const country = countries.find((candidate) =>
		government.kind === 'country'
			? candidate === government
			: candidate.alpha3 === government.country,
	);
	const geometry = country ? byId(country.numeric) : undefined;
	const { lon, lat } = government.point;
	const neighbourhood = {
		type: 'FeatureCollection' as const,
		features: [
			{
				type: 'Feature' as const,
				properties: {},
				geometry: geoCircle().center([lon, lat]).radius(locatorReach(geometry))(),
			},
			...(geometry ? [feature(topology, geometry)] : []),
		],
	};
	const local = geoEqualEarth()
		.rotate([-lon, 0])
		.fitExtent(
			[
				[12, 12],
				[MAP_WIDTH - 12, MAP_HEIGHT - 12],
			],
			neighbourhood as unknown as Parameters<typeof projection.fitExtent>[1],
		)
		.clipExtent([
			[0, 0],
			[MAP_WIDTH, MAP_HEIGHT],
		]);
	const localPath = geoPath(local).digits(0);
	const draw = (object: Parameters<typeof path>[0]) => localPath(object) ?? '';
	const [x = 0, y = 0] = local([lon, lat]) ?? [];
	const highlight =
		country && geometry ? draw(countryShape(country.numeric) as Parameters<typeof path>[0]) : null;
	const size = highlight ? shapeSize(highlight) : null;
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		sphere: draw({ type: 'Sphere' }),
		land:
			draw(
				merge(
					topology,
					geometries.filter(
						(candidate) => candidate !== westernSahara && candidate !== moroccoGeometry,
					),
				),
			) + draw(morocco as Parameters<typeof path>[0]),
		disputed: disputedAreas(draw),
		neighbours: countries
			.filter((candidate) => candidate !== country)
			.flatMap((candidate) => {
				const shape = countryShape(candidate.numeric);
				const d = shape ? draw(shape as Parameters<typeof path>[0]) : '';
				return d ? [{ path: d, hasStory: withStory.has(candidate.alpha3) }] : [];
			}),
		highlight,
		local: government.kind !== 'country',
		dot: size === null || Math.max(size.width, size.height) < LOCATOR_VISIBLE,
		x: round(x),
		y: round(y),
	};
}
