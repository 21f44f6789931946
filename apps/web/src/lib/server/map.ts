/** @module the world map, projected at build time from Natural Earth (world-atlas 110m) with d3-geo */
import { countries, type Government, governmentId, stories } from '@mgi-stories/core';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import type { LocatorMap, WorldMap } from '$lib/types';
import { governmentPath } from './paths';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
const ANTARCTICA = '010';

type Topology = Parameters<typeof merge>[0];
type Geometry = Extract<Parameters<typeof merge>[1], unknown[]>[number] & { id?: string | number };
const topology = world as unknown as Topology & {
	objects: { countries: { geometries: Geometry[] } };
};
const geometries = topology.objects.countries.geometries.filter(
	(geometry) => geometry.id !== ANTARCTICA,
);

const projection = geoEqualEarth().fitExtent(
	[
		[4, 4],
		[MAP_WIDTH - 4, MAP_HEIGHT - 4],
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

const memo = <T>(make: () => T) => {
	let value: T | undefined;
	return () => {
		value ??= make();
		return value;
	};
};

const sphere = memo(() => path({ type: 'Sphere' }) ?? '');
const allLand = memo(() => path(merge(topology, geometries)) ?? '');
const outlines = memo(
	() =>
		new Map(
			geometries.map((geometry) => [String(geometry.id), path(feature(topology, geometry)) ?? '']),
		),
);

/** The map of participation: participating countries as shapes (or points), the rest as land. */
export const worldMap = memo((): WorldMap => {
	const participating = new Set(countries.map((country) => country.numeric));
	const withStory = new Set(stories.map((story) => story.country));
	const storyAuthorities = new Set(stories.map((story) => story.localAuthority));
	const others = geometries.filter((geometry) => !participating.has(String(geometry.id)));
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		sphere: sphere(),
		land: path(merge(topology, others)) ?? '',
		countries: countries.map((country) => ({
			id: governmentId(country),
			name: country.bookletName,
			href: governmentPath(country),
			region: country.region,
			path: outlines().get(country.numeric) || null,
			...project(country.point),
			hasStory: withStory.has(country.alpha3),
		})),
		localAuthorities: countries.flatMap((country) =>
			country.localAuthorities.map((authority) => ({
				id: authority.id,
				name: authority.bookletName,
				country: country.bookletName,
				href: governmentPath(authority),
				...project(authority.point),
				hasStory: storyAuthorities.has(authority.id),
			})),
		),
	};
});

/** A world map locating one government: its country's outline and its point. */
export function locatorMap(government: Government): LocatorMap {
	const country = countries.find((candidate) =>
		government.kind === 'country'
			? candidate === government
			: candidate.alpha3 === government.country,
	);
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		sphere: sphere(),
		land: allLand(),
		highlight: (country && outlines().get(country.numeric)) || null,
		...project(government.point),
	};
}
