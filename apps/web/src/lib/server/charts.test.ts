import { countries, stories } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import type { SvgNode } from '$lib/types';
import { barRows, CHART_WIDTH, levelsChart, regionsChart, themesChart } from './charts';

const all = (node: SvgNode): SvgNode[] => [
	node,
	...node.children.flatMap((child) => (typeof child === 'string' ? [] : all(child))),
];
const texts = (node: SvgNode): string[] =>
	node.children.flatMap((child) => (typeof child === 'string' ? [child] : texts(child)));

describe('barRows', () => {
	const svg = barRows([
		{
			label: 'Africa',
			note: '32 countries',
			segments: [
				{ value: 6, tone: 'story' },
				{ value: 26, tone: 'participant' },
			],
		},
		{
			label: 'Oceania',
			note: '4 countries',
			segments: [
				{ value: 0, tone: 'story' },
				{ value: 4, tone: 'participant' },
			],
		},
	]);

	it('draws an SVG a phone column wide and compact, with its labels and numbers as text', () => {
		expect(svg.tag).toBe('svg');
		// two rows of a label line and a 12 px bar
		expect(svg.attributes.viewBox).toBe(`0 0 ${CHART_WIDTH} 68`);
		expect(texts(svg)).toEqual(
			expect.arrayContaining(['Africa', '32 countries', 'Oceania', '4 countries']),
		);
	});

	it('carries no style the Content-Security-Policy would refuse, only class names', () => {
		const nodes = all(svg);
		expect(nodes.some((node) => node.tag === 'style')).toBe(false);
		expect(nodes.some((node) => 'style' in node.attributes)).toBe(false);
		expect(nodes.some((node) => 'aria-label' in node.attributes)).toBe(false);
		expect(nodes.map((node) => node.attributes.class)).toEqual(
			expect.arrayContaining(['bar-story', 'bar-participant']),
		);
	});

	it('stacks a row’s segments from zero, on one scale', () => {
		const widths = all(svg)
			.filter((node) => node.tag === 'rect')
			.map((rect) => Number(rect.attributes.width));
		// 6 + 26 fill the width; 4 is an eighth of it
		expect(Math.max(...widths)).toBeLessThan(CHART_WIDTH);
		expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(
			(CHART_WIDTH - 1) * (36 / 32),
			0,
		);
	});
});

describe('the home page’s charts', () => {
	it('count stories by theme, most frequent first, with a table of the same numbers', () => {
		const chart = themesChart();
		const counts = chart.rows.map((row) => row.values[0] ?? 0);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(chart.rows[0]).toMatchObject({
			label: 'Migrant rights',
			href: '/stories/topic/migrant-rights/',
		});
	});

	it('give each region its countries and those with a story', () => {
		const africa = regionsChart().rows.find((row) => row.label === 'Africa');
		expect(africa?.values).toEqual([32, 6]);
	});

	it('write the regions’ notes as one series, in figures in French and Spanish (round 7)', () => {
		overwriteGetLocale(() => 'fr');
		try {
			const notes = texts(regionsChart().svg).filter((text) => text.includes('pays'));
			expect(notes).toContain('32 pays, dont 6 avec une histoire');
			expect(notes).toContain('4 pays, aucun avec une histoire');
			expect(notes.join(' ')).not.toMatch(/\b(quatre|six|sept|deux|trois) /);
		} finally {
			overwriteGetLocale(() => 'en');
		}
	});

	it('count a country with a story only for a national story: Brazil’s is São Paulo’s', () => {
		const rows = regionsChart().rows;
		expect(rows.reduce((sum, row) => sum + (row.values[1] ?? 0), 0)).toBe(18);
		const americas = rows.find((row) => row.label === 'Americas');
		const withNational = new Set(
			stories
				.filter((story) => story.level === 'national')
				.map((story) => countries.find((country) => country.alpha3 === story.country))
				.filter((country) => country?.region === 'Americas'),
		);
		expect(americas?.values[1]).toBe(withNational.size);
	});

	it('fills each row with its own shares, since governments and stories are counted apart', () => {
		const rowWidths = all(levelsChart().svg)
			.filter((node) => node.tag === 'rect')
			.reduce((byRow, rect) => {
				const y = rect.attributes.y ?? '';
				byRow.set(y, (byRow.get(y) ?? 0) + Number(rect.attributes.width));
				return byRow;
			}, new Map<string, number>());
		expect([...rowWidths.values()].map(Math.round)).toEqual([CHART_WIDTH - 1, CHART_WIDTH - 1]);
	});

	it('colours its segments as the map does: countries with a story, others, local authorities', () => {
		expect(levelsChart().legend.map((key) => key.tone)).toEqual(['story', 'participant', 'local']);
	});

	it('set national against local, for governments and for stories', () => {
		expect(levelsChart().rows.map((row) => row.values)).toEqual([
			[84, 29],
			[18, 1],
		]);
	});
});
