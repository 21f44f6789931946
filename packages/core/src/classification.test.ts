import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stories, vocabulary } from './data.js';
import type { FacetId, Story } from './types.js';

const packageFile = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
const values = (story: Story, facet: FacetId): string[] =>
	story.tags.filter((tag) => tag.facet === facet).map((tag) => tag.value);
const has = (story: Story, facet: FacetId, value: string) => values(story, facet).includes(value);
const story = (slug: string) => {
	const found = stories.find((candidate) => candidate.slug === slug);
	if (!found) throw new Error(`no story ${slug}`);
	return found;
};

/** the VOCABULARY.md rules, restated as what one tag implies about the others of the same story */
const IMPLIED: [facet: FacetId, value: string, implied: [FacetId, string][]][] = [
	[
		'topic',
		'data',
		[
			['gcmObjective', 'objective-1'],
			['domain', 'whole-of-government-approach'],
		],
	],
	['gcmObjective', 'objective-1', [['topic', 'data']]],
	[
		'topic',
		'health',
		[
			['domain', 'migrants-rights'],
			['gcmObjective', 'objective-15'],
		],
	],
	['topic', 'migrant-rights', [['domain', 'migrants-rights']]],
	[
		'topic',
		'return-and-reintegration',
		[
			['domain', 'safe-orderly-and-regular-migration'],
			['gcmObjective', 'objective-21'],
		],
	],
	[
		'topic',
		'trafficking',
		[
			['domain', 'safe-orderly-and-regular-migration'],
			['gcmObjective', 'objective-10'],
		],
	],
	['topic', 'labour-migration', [['domain', 'well-being-of-migrants']]],
	[
		'topic',
		'recruitment',
		[
			['domain', 'well-being-of-migrants'],
			['gcmObjective', 'objective-6'],
		],
	],
	[
		'topic',
		'diaspora',
		[
			['domain', 'well-being-of-migrants'],
			['gcmObjective', 'objective-19'],
		],
	],
	['topic', 'investment-and-skilled-migration', [['domain', 'well-being-of-migrants']]],
	[
		'topic',
		'climate-and-displacement',
		[
			['domain', 'mobility-dimensions-of-crises'],
			['gcmObjective', 'objective-2'],
		],
	],
	['topic', 'integration', [['gcmObjective', 'objective-16']]],
	['topic', 'partnerships', [['domain', 'partnerships']]],
	['outcome', 'new-policy-or-strategy', [['domain', 'whole-of-government-approach']]],
	['outcome', 'institution', [['domain', 'whole-of-government-approach']]],
	['outcome', 'data-system', [['topic', 'data']]],
	['outcome', 'un-cooperation-planning', [['framework', 'un-common-country-assessment']]],
	['framework', 'un-common-country-assessment', [['outcome', 'un-cooperation-planning']]],
];

/** how a story names each framework (rule 5: frameworks only when named) */
const FRAMEWORK_NAMES: Record<string, RegExp> = {
	'global-compact-for-migration': /Global Compact for Migration/,
	'sdg-10': /SDG 10|Target 10\.7/,
	'un-common-country-assessment': /Common Country Assessment|CCA|United Nations Country Team/,
	'voluntary-national-review': /voluntary national review/,
};

/** phrases saying who is entitled to a service (rule 11), as the stories word them */
const ENTITLEMENT = [
	/irrespective of migration status/,
	/all migrants to have access/,
	/conditions for foreigners to access/,
];

describe('classification rules', () => {
	it('gives every story at least one outcome', () => {
		for (const { slug, ...record } of stories)
			expect(values({ slug, ...record }, 'outcome').length, slug).toBeGreaterThan(0);
	});

	it('quotes evidence of 2 to 15 words', () => {
		for (const { slug, tags } of stories)
			for (const tag of tags) {
				const words = tag.evidence.split(/\s+/).length;
				expect(words, `${slug} ${tag.facet}:${tag.value}`).toBeGreaterThanOrEqual(2);
				expect(words, `${slug} ${tag.facet}:${tag.value}`).toBeLessThanOrEqual(15);
			}
	});

	it('tags a framework only where the story names it', () => {
		for (const entry of stories)
			for (const value of values(entry, 'framework'))
				expect(entry.text, `${entry.slug} ${value}`).toMatch(FRAMEWORK_NAMES[value] ?? /^$/);
	});

	it('tags a framework wherever the story names it', () => {
		for (const entry of stories)
			for (const [value, name] of Object.entries(FRAMEWORK_NAMES))
				if (name.test(entry.text))
					expect(has(entry, 'framework', value), `${entry.slug} ${value}`).toBe(true);
	});

	it('applies the domain and objective each tag implies, in every story alike', () => {
		for (const entry of stories)
			for (const [facet, value, implied] of IMPLIED)
				if (has(entry, facet, value))
					for (const [impliedFacet, impliedValue] of implied)
						expect(
							has(entry, impliedFacet, impliedValue),
							`${entry.slug}: ${facet}:${value} implies ${impliedFacet}:${impliedValue}`,
						).toBe(true);
	});

	it('does not rest the data topic or objective 1 on reporting', () => {
		expect(has(story('mauritania'), 'topic', 'data')).toBe(false);
		expect(has(story('mauritania'), 'gcmObjective', 'objective-1')).toBe(false);
		for (const entry of stories)
			for (const tag of entry.tags)
				if ((tag.facet === 'topic' && tag.value === 'data') || tag.value === 'objective-1')
					expect(tag.evidence, entry.slug).not.toMatch(/report|tracking progress|baseline/);
	});

	it('does not count UN country planning as a partnership', () => {
		const planning = stories.filter((entry) => has(entry, 'outcome', 'un-cooperation-planning'));
		expect(planning.map((entry) => entry.slug)).toEqual(['timor-leste', 'zambia']);
		for (const entry of planning) {
			expect(has(entry, 'topic', 'partnerships'), entry.slug).toBe(false);
			expect(has(entry, 'domain', 'partnerships'), entry.slug).toBe(false);
			expect(has(entry, 'gcmObjective', 'objective-23'), entry.slug).toBe(false);
		}
	});

	it('tags every statement of who is entitled to a service as migrant rights', () => {
		const entitled = stories.filter((entry) =>
			ENTITLEMENT.some((phrase) => phrase.test(entry.text)),
		);
		expect(entitled.map((entry) => entry.slug)).toEqual(['cambodia', 'guinea-bissau', 'ireland']);
		for (const entry of entitled)
			expect(has(entry, 'topic', 'migrant-rights'), entry.slug).toBe(true);
	});

	it('tells brain drain apart from the admission of investors and professionals', () => {
		expect(values(story('kazakhstan'), 'topic')).toContain('brain-drain');
		expect(values(story('kazakhstan'), 'topic')).not.toContain('investment-and-skilled-migration');
		expect(
			stories
				.filter((entry) => has(entry, 'topic', 'investment-and-skilled-migration'))
				.map((entry) => entry.slug),
		).toEqual(['republic-of-moldova']);
	});

	it('tags the areas a plan covers like any other subject (decent work in São Paulo)', () => {
		expect(has(story('brazil'), 'gcmObjective', 'objective-6')).toBe(true);
		expect(has(story('brazil'), 'domain', 'well-being-of-migrants')).toBe(true);
	});
});

describe('classification attribution', () => {
	it('marks the classification as the mgi-stories project’s reading under CC BY 4.0', () => {
		expect(vocabulary.attribution).toMatchObject({
			author: 'the mgi-stories project',
			licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
		});
		expect(vocabulary.attribution.statement).toContain('not IOM');
	});

	it('points to a changelog whose latest entry is the attribution’s version', () => {
		const changelog = packageFile(vocabulary.attribution.changelog);
		expect(changelog.match(/^## (\d{4}-\d{2}-\d{2})/m)?.[1]).toBe(vocabulary.attribution.version);
	});
});

describe('CLASSIFICATION-CHANGELOG.md', () => {
	const rows = packageFile('CLASSIFICATION-CHANGELOG.md')
		.split('\n')
		.filter((line) => /^\| `/.test(line))
		.map((line) => {
			const [slug, facet, value, change, evidence, reason] = line
				.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim().replace(/^`(.*)`$/, '$1'));
			return { slug, facet: facet as FacetId, value, change, evidence, reason };
		});

	it('records a change and its reason for every row', () => {
		expect(rows.length).toBeGreaterThanOrEqual(10);
		for (const row of rows) {
			expect(['added', 'removed', 'evidence']).toContain(row.change);
			expect(row.reason?.length, `${row.slug} ${row.value}`).toBeGreaterThan(20);
		}
	});

	it('agrees with the data: added and re-evidenced tags are present, removed ones are gone', () => {
		// newest first: a tag's latest row says what the data holds now
		const latest = new Map(
			rows.toReversed().map((row) => [`${row.slug} ${row.facet} ${row.value}`, row]),
		);
		for (const row of latest.values()) {
			const tag = story(row.slug as string).tags.find(
				(candidate) => candidate.facet === row.facet && candidate.value === row.value,
			);
			const label = `${row.slug} ${row.facet}:${row.value} ${row.change}`;
			if (row.change === 'removed') expect(tag, label).toBeUndefined();
			else expect(tag?.evidence, label).toBe(row.evidence);
		}
	});

	it('quotes the removed tags’ old evidence verbatim from their story', () => {
		for (const row of rows.filter((candidate) => candidate.change === 'removed'))
			expect(story(row.slug as string).text).toContain(row.evidence);
	});
});
