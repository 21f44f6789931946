/**
 * @module the home page's charts, drawn at build time with Observable Plot on linkedom's DOM. Bars
 * carry class names only: the site's stylesheet colours them (light and dark), and the `<style>`
 * Plot adds is dropped, as the Content-Security-Policy allows no inline style. A tone means the same
 * in every chart and on the map: `story` a success story (or a country with one), `participant` a
 * participating country without one, `local` a local authority.
 */
import { datasetStats, regionStats, stories } from '@mgi-stories/core';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { filterPath } from '$lib/filters';
import { getLocale, localHref, seriesInWords } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { BarChart, BarTone, SvgNode } from '$lib/types';
import { areaName } from './names';
import { regionPath } from './paths';
import { filterGroups } from './stories';

/** The width the charts are drawn at, in CSS pixels: a phone's column, so their text reads at 375 px. */
export const CHART_WIDTH = 340;
/** a 13 px label line, then a 12 px bar, then a gap: compact rows, as Our World in Data draws them */
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 12;

export interface BarRow {
	label: string;
	/** the numbers in words, shown at the end of the row's label line */
	note: string;
	/** the bar's segments, stacked from zero in this order */
	segments: { value: number; tone: BarTone }[];
}

type Segment = { x1: number; x2: number; y1: number; y2: number; tone: BarTone };

/**
 * Turns a DOM element into plain data, without style (elements or attributes) and without Plot's
 * `aria-label`s on groups (ARIA forbids them on a generic element; the chart's `<title>` and `<desc>`
 * and its table say what it shows).
 */
function toTree(element: Element): SvgNode {
	return {
		tag: element.localName,
		attributes: Object.fromEntries(
			[...element.attributes]
				.filter((attribute) => !['style', 'aria-label', 'aria-hidden'].includes(attribute.name))
				.map((attribute) => [attribute.name, attribute.value]),
		),
		children: [...element.childNodes].flatMap((node): (SvgNode | string)[] => {
			if (node.nodeType === node.TEXT_NODE) return [node.textContent ?? ''];
			if (node.nodeType !== node.ELEMENT_NODE || (node as Element).localName === 'style') return [];
			return [toTree(node as Element)];
		}),
	};
}

/**
 * Rows of labelled, stacked bars on one scale from zero: each row's label and its numbers in words
 * on a line above its bar, so nothing needs an axis and every label fits a phone's width.
 */
export function barRows(rows: BarRow[], { eachRowWhole = false } = {}): SvgNode {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const bottom = (index: number) => (index + 1) * ROW_HEIGHT - 6;
	const segments: Segment[] = rows.flatMap((row, index) => {
		const total = row.segments.reduce((sum, segment) => sum + segment.value, 0);
		// rows counting different things (governments, stories) each show their shares, full width
		const width = (value: number) => (eachRowWhole ? value / total : value);
		let start = 0;
		return row.segments.map((segment) => {
			const bar = {
				x1: start,
				x2: start + width(segment.value),
				y1: bottom(index) - BAR_HEIGHT,
				y2: bottom(index),
				tone: segment.tone,
			};
			start = bar.x2;
			return bar;
		});
	});
	const lines = rows.map((row, index) => ({ ...row, y: bottom(index) - BAR_HEIGHT - 4 }));
	const tones = [...new Set(segments.map((segment) => segment.tone))];
	const svg = Plot.plot({
		document,
		width: CHART_WIDTH,
		height: rows.length * ROW_HEIGHT,
		margin: 0,
		x: {
			axis: null,
			domain: [0, Math.max(...segments.map((segment) => segment.x2))],
			range: [0, CHART_WIDTH - 1],
		},
		y: { type: 'identity', axis: null },
		marks: [
			...tones.map((tone) =>
				Plot.rect(
					segments.filter((segment) => segment.tone === tone),
					{ x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', className: `bar-${tone}` },
				),
			),
			Plot.text(lines, {
				x: 0,
				y: 'y',
				text: 'label',
				textAnchor: 'start',
				lineAnchor: 'bottom',
				className: 'chart-label',
			}),
			Plot.text(lines, {
				frameAnchor: 'right',
				y: 'y',
				text: 'note',
				textAnchor: 'end',
				lineAnchor: 'bottom',
				className: 'chart-note',
			}),
		],
	}) as unknown as Element;
	return toTree(svg);
}

const count = (value: number) => new Intl.NumberFormat(getLocale()).format(value);

/** Stories by theme (the topic facet), most frequent first. */
export function themesChart(): BarChart {
	const topics = (filterGroups().find((group) => group.key === 'topic')?.options ?? [])
		.filter((option) => option.total > 0)
		.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, getLocale()));
	return {
		id: 'chart-themes',
		title: m.chart_themes_title(),
		description: m.chart_themes_desc({ stories: stories.length }),
		svg: barRows(
			topics.map((topic) => ({
				label: topic.label,
				note: count(topic.total),
				segments: [{ value: topic.total, tone: 'story' }],
			})),
		),
		legend: [],
		columns: [m.chart_col_theme(), m.col_stories()],
		rows: topics.map((topic) => ({
			label: topic.label,
			href: localHref(filterPath('topic', topic.value)),
			values: [topic.total],
		})),
	};
}

/** Participating countries per UN region, those with a story first. */
export function regionsChart(): BarChart {
	const regions = regionStats().map((region) => ({ ...region, name: areaName(region.region) }));
	// the regions' lines are read as one list: « 4 pays » beside « 10 pays », never « quatre pays »
	const countWords = seriesInWords(
		regions.flatMap((region) => [region.countries, region.countriesWithStory]),
	);
	return {
		id: 'chart-regions',
		title: m.chart_regions_title(),
		description: m.chart_regions_desc(),
		svg: barRows(
			regions.map((region) => ({
				label: region.name,
				note: m.chart_regions_note({
					countries: region.countries,
					countriesText: countWords(region.countries, 'masculine'),
					withStory: region.countriesWithStory,
					withStoryText: countWords(region.countriesWithStory, 'masculine'),
				}),
				segments: [
					{ value: region.countriesWithStory, tone: 'story' },
					{ value: region.countries - region.countriesWithStory, tone: 'participant' },
				],
			})),
		),
		legend: [
			{ tone: 'story', label: m.chart_legend_story() },
			{ tone: 'participant', label: m.chart_legend_participant() },
		],
		columns: [m.col_region(), m.col_countries(), m.col_countries_with_story()],
		rows: regions.map((region) => ({
			label: region.name,
			href: regionPath(region.region),
			values: [region.countries, region.countriesWithStory],
		})),
	};
}

/**
 * Who took part and whose stories the booklet tells, each row a whole split into countries with a
 * story, other countries and local authorities, in the map's colours.
 */
export function levelsChart(): BarChart {
	const { countries, countriesWithStory, localAuthorities, storiesByLevel } = datasetStats();
	const governments = m.chart_levels_governments();
	const storiesLabel = m.chart_levels_stories();
	const countWords = seriesInWords([
		countries,
		localAuthorities,
		storiesByLevel.national,
		storiesByLevel.local,
	]);
	return {
		id: 'chart-levels',
		title: m.chart_levels_title(),
		description: m.chart_levels_desc({
			countries,
			localAuthorities,
			nationalText: countWords(storiesByLevel.national, 'feminine'),
			localText: countWords(storiesByLevel.local, 'feminine'),
		}),
		svg: barRows(
			[
				{
					label: governments,
					note: m.chart_levels_governments_note({ countries, localAuthorities }),
					segments: [
						{ value: countriesWithStory, tone: 'story' },
						{ value: countries - countriesWithStory, tone: 'participant' },
						{ value: localAuthorities, tone: 'local' },
					],
				},
				{
					label: storiesLabel,
					note: m.home_stat_levels(storiesByLevel),
					segments: [
						{ value: storiesByLevel.national, tone: 'story' },
						{ value: storiesByLevel.local, tone: 'local' },
					],
				},
			],
			{ eachRowWhole: true },
		),
		legend: [
			{ tone: 'story', label: m.chart_legend_country_story() },
			{ tone: 'participant', label: m.chart_legend_country_other() },
			{ tone: 'local', label: m.chart_legend_local_authority() },
		],
		columns: ['', m.chart_col_national(), m.chart_col_local()],
		rows: [
			{ label: governments, href: null, values: [countries, localAuthorities] },
			{
				label: storiesLabel,
				href: null,
				values: [storiesByLevel.national, storiesByLevel.local],
			},
		],
	};
}
