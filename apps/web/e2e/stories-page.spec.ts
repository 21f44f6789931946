import { readFileSync } from 'node:fs';
import { stories } from '@mgi-stories/core';
import { expect, test, visit } from './fixtures';

const french = JSON.parse(
	readFileSync(new URL('../messages/fr.json', import.meta.url), 'utf8'),
) as Record<string, string> & { stories_summary: string };
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('the stories page’s titles', () => {
	test('a facet page names its filter and count in its title', async ({ page }) => {
		await visit(page, '/stories/topic/health/', { interactive: false });
		await expect(page).toHaveTitle('Stories — Topic: Health (2 of 19) · MGI Success Stories');
	});

	test('the unfiltered page keeps its title', async ({ page }) => {
		await visit(page, '/stories/');
		await expect(page).toHaveTitle('All success stories · MGI Success Stories');
	});
});

test.describe('without JavaScript', { tag: '@no-js' }, () => {
	test('the search button sits on the field’s line at 375 px, so the script hiding it moves nothing', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await visit(page, '/stories/');
		const field = await page.locator('#story-search').boundingBox();
		const button = await page.locator('[data-search-form] button[type="submit"]').boundingBox();
		expect(button?.y).toBe(field?.y);
	});
});

test.describe('with JavaScript', { tag: '@js' }, () => {
	test('the title follows the filters and the search', async ({ page }) => {
		await visit(page, '/stories/', { interactive: true });
		await page.locator('summary', { hasText: /^Topic/ }).click();
		await page.getByRole('checkbox', { name: /^Health/ }).check();
		await expect(page).toHaveTitle('Stories — Topic: Health (2 of 19) · MGI Success Stories');
		await page.locator('summary', { hasText: /^Region/ }).click();
		await page.getByRole('checkbox', { name: /^Asia/ }).check();
		await expect(page).toHaveTitle(
			'Stories — Region: Asia, Topic: Health (1 of 19) · MGI Success Stories',
		);
		await page.getByRole('button', { name: 'Clear all' }).click();
		await page.getByRole('searchbox', { name: 'Search the stories' }).fill('trafficking');
		await expect(page).toHaveTitle(
			'Stories — search “trafficking” (2 of 19) · MGI Success Stories',
		);
		await page.getByRole('button', { name: /^Search “trafficking”\s*, clear the search$/ }).click();
		await expect(page).toHaveTitle('All success stories · MGI Success Stories');
	});

	test('a facet page widens to other values in place', async ({ page }) => {
		await visit(page, '/stories/topic/health/', { interactive: true });
		const results = page.getByRole('heading', { level: 2, name: /of 19 stories/ });
		await expect(results).toHaveText('2 of 19 stories');
		await page.getByRole('checkbox', { name: /^Trafficking in persons/ }).check();
		await expect(results).toHaveText('4 of 19 stories');
		await expect(page).toHaveURL(/\/stories\/\?topic=health&topic=trafficking$/);
		await expect(page).toHaveTitle(
			'Stories — Topic: Health, Topic: Trafficking in persons (4 of 19) · MGI Success Stories',
		);
	});

	test('ships no framework, and loads the search engine on the first query only', async ({
		page,
	}) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (['script', 'fetch'].includes(request.resourceType()))
				scripts.push(new URL(request.url()).pathname);
		});
		await visit(page, '/stories/', { interactive: true });
		// the entry and the chunks it shares with /enhance.js (helpers, esbuild's runtime), nothing else
		const [entry, ...shared] = scripts;
		expect(entry).toBe('/enhance/stories.js');
		for (const chunk of shared) expect(chunk).toMatch(/^\/_app\/immutable\/enhance\/chunk-/);
		expect(scripts.some((path) => path.includes('/entry/'))).toBe(false);
		await page.getByRole('searchbox', { name: 'Search the stories' }).fill('health');
		await expect(page.getByRole('heading', { level: 2, name: /of 19 stories/ })).not.toHaveText(
			'19 of 19 stories',
		);
		expect(scripts).toContain('/stories/search.json');
		expect(scripts.some((path) => /\/enhance\/story-search-/.test(path))).toBe(true);
	});

	test('every word the script shows comes from the page', async ({ page }) => {
		// a page whose markup says other words: the script must show those, not its own
		await page.route('**/stories/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text())
				.replace('data-summary="{shown} of 19 stories"', 'data-summary="{shown} sur 19 récits"')
				.replace('Clear all</button>', 'Tout effacer</button>');
			const headers = { ...response.headers() };
			delete headers['content-encoding'];
			delete headers['content-length'];
			await route.fulfill({ status: response.status(), headers, body: html });
		});
		await visit(page, '/stories/', { interactive: true });
		await page.locator('summary', { hasText: /^Topic/ }).click();
		await page.getByRole('checkbox', { name: /^Health/ }).check();
		await expect(page.getByRole('heading', { level: 2, name: /récits/ })).toHaveText(
			'2 sur 19 récits',
		);
		await expect(page.getByRole('button', { name: 'Tout effacer' })).toBeVisible();
	});
});

test.describe('in French, with JavaScript', { tag: '@js' }, () => {
	test('filters in French words, in the French plural, and keeps the address in /fr/', async ({
		page,
	}) => {
		await visit(page, '/fr/stories/', { interactive: true });
		// the words come from the French catalogue, not from this test
		const summary = (shown: string) =>
			french.stories_summary.replace('{shown}', shown).replace('{total}', String(stories.length));
		const results = page.locator('[data-summary-heading]');
		await expect(results).toHaveText(summary(String(stories.length)));
		const topic = page.locator('details[data-group="topic"]');
		await topic.locator('summary').click();
		await topic.getByRole('checkbox').first().check();
		await expect(results).not.toHaveText(summary(String(stories.length)));
		await expect(results).toHaveText(
			new RegExp(`^${escapeRegExp(summary('SHOWN')).replace('SHOWN', '\\d+')}$`),
		);
		await expect(topic.locator('[data-selected-count]')).toHaveText('(une valeur choisie)');
		await topic.getByRole('checkbox').nth(1).check();
		await expect(topic.locator('[data-selected-count]')).toHaveText('(2 valeurs choisies)');
		await expect(page).toHaveURL(/\/fr\/stories\/\?topic=/);
		await expect(page).toHaveTitle(/^Histoires — /);
		// the status says the summary once, and the tab title ends with the French site name
		await expect(page.locator('[data-results-status]')).toHaveText(
			new RegExp(`^${escapeRegExp(summary('SHOWN')).replace('SHOWN', '\\d+')}$`),
		);
		await expect(page).toHaveTitle(new RegExp(` · ${escapeRegExp(french.site_name ?? '')}$`));
	});
});
