/**
 * A country's representative point, from the boundaries the site's world map draws: Natural Earth
 * as packaged by world-atlas, at 110m (apps/web/src/lib/server/map.ts), or at 50m, then 10m, for
 * the small island states 110m leaves out. The point is the pole of inaccessibility (polylabel) of
 * the country's largest polygon (by area on the sphere), so it lies inside the country, away from
 * its coasts and borders — unlike a centroid or a rounded latitude and longitude (Kuwait's 29.5,
 * 45.75 lies in Iraq).
 */
import { createRequire } from 'node:module';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

/** The resolutions tried, coarsest (the map's) first. */
export const RESOLUTIONS = ['110m', '50m', '10m'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
/** polylabel's precision in degrees (about 1 km): finer than any point the map shows. */
const PRECISION = 0.01;
const DECIMALS = 1000;

type Topology = Parameters<typeof feature>[0];
type TopoGeometry = Exclude<Parameters<typeof feature>[1], string> & { id?: string };
type Countries = Topology & { objects: { countries: { geometries: TopoGeometry[] } } };
const atlases = new Map<Resolution, Countries>();
const atlas = (resolution: Resolution): Countries => {
	const loaded =
		atlases.get(resolution) ?? (require(`world-atlas/countries-${resolution}.json`) as Countries);
	atlases.set(resolution, loaded);
	return loaded;
};

export interface CountryShape {
	resolution: Resolution;
	geometry: Polygon | MultiPolygon;
}

/** The country's boundary at the coarsest resolution that has it, by ISO 3166-1 numeric (= M49) code. */
export function countryShape(numeric: string): CountryShape {
	for (const resolution of RESOLUTIONS) {
		const topology = atlas(resolution);
		const geometry = topology.objects.countries.geometries.find((entry) => entry.id === numeric);
		if (!geometry) continue;
		const { geometry: shape } = feature(topology, geometry) as Feature<Geometry>;
		if (shape.type === 'Polygon' || shape.type === 'MultiPolygon') {
			return { resolution, geometry: shape };
		}
	}
	throw new Error(`world-atlas has no boundary for the country ${numeric} at any resolution`);
}

const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] =>
	geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

const round = (value: number) => Math.round(value * DECIMALS) / DECIMALS;

/** The pole of inaccessibility of the country's largest polygon, rounded to 0.001°. */
export function countryPoint(numeric: string): { lat: number; lon: number } {
	const { geometry } = countryShape(numeric);
	const [largest] = polygonsOf(geometry)
		.map((rings) => ({ rings, area: geoArea({ type: 'Polygon', coordinates: rings }) }))
		.sort((a, b) => b.area - a.area);
	if (!largest) throw new Error(`the country ${numeric} has an empty boundary`);
	const rings = largest.rings.map((ring) => ring.map(([x = 0, y = 0]): [number, number] => [x, y]));
	const [lon = 0, lat = 0] = polylabel(rings, PRECISION);
	const point = { lat: round(lat), lon: round(lon) };
	if (!isInside(numeric, point)) {
		throw new Error(
			`the point of the country ${numeric} (${point.lat}, ${point.lon}) is outside it`,
		);
	}
	return point;
}

/** Whether a point lies inside the country's boundary (d3-geo, on the sphere). */
export function isInside(numeric: string, point: { lat: number; lon: number }): boolean {
	return geoContains(countryShape(numeric).geometry, [point.lon, point.lat]);
}
