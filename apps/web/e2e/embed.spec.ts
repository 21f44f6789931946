import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { requireStory, stories } from '@mgi-stories/core';
import { expect, test, visit } from './fixtures';

const story = requireStory({ slug: 'cambodia' });

/** another origin (another port) whose page frames the card and, for contrast, a normal page */
let host: Server;
let hostOrigin: string;
test.beforeAll(async ({ baseURL }) => {
	host = createServer((_, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="en"><title>Another site</title>
<iframe id="card" title="card" src="${baseURL}/embed/stories/cambodia/" width="600" height="480"></iframe>
<iframe id="page" title="page" src="${baseURL}/stories/cambodia/" width="600" height="480"></iframe>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
	await new Promise((resolve) => host.close(resolve));
});

test.describe('the embeddable story card', () => {
	test('is framed by another site, which may not frame any other page', async ({ page }) => {
		await page.goto(`${hostOrigin}/`, { waitUntil: 'load' });
		const card = page.frameLocator('#card');
		await expect(card.getByRole('heading', { level: 1, name: 'Cambodia' })).toBeVisible();
		await expect(card.locator('blockquote')).toHaveText(story.text);
		await expect(card.getByRole('link', { name: /Read the story/ })).toHaveAttribute(
			'href',
			/\/stories\/cambodia\/$/,
		);
		// the story page refuses the frame: Chromium shows its error page instead of the story
		const refused = await (await page.locator('#page').elementHandle())?.contentFrame();
		await expect.poll(() => refused?.url()).toMatch(/^chrome-error:/);
		await expect(page.frameLocator('#page').getByText(story.text)).toHaveCount(0);
	});

	test('keeps its attribution inside the frame on a phone, however long the story', async ({
		page,
	}) => {
		// the embed code's size, squeezed to a phone's width by its max-width: 100%
		await page.setViewportSize({ width: 343, height: 480 });
		for (const slug of stories.map((each) => each.slug)) {
			await page.goto(`/embed/stories/${slug}/`);
			for (const part of [
				page.locator('a[rel="license"]'),
				page.getByText(/^Required citation:/),
				page.getByRole('link', { name: /Read the story/ }),
			]) {
				const box = await part.boundingBox();
				expect(box, slug).not.toBeNull();
				expect((box?.y ?? 0) + (box?.height ?? 0), `${slug}: bottom`).toBeLessThanOrEqual(480);
			}
		}
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`has no WCAG 2.2 AA violation in the ${colorScheme} scheme`, { tag: '@js' }, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme });
			await page.goto('/fr/embed/stories/brazil/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations.map((violation) => violation.id)).toEqual([]);
		});
	}

	test('runs no script and is served to be framed anywhere', async ({ request }) => {
		const response = await request.get('/es/embed/stories/iraq/');
		expect(response.headers()['x-frame-options']).toBeUndefined();
		expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
		expect(await response.text()).not.toContain('<script');
		const other = await request.get('/es/stories/iraq/');
		expect(other.headers()['x-frame-options']).toBe('DENY');
		expect(other.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	});
});

test.describe('the embed code on a story page', () => {
	test('is copied by its button', { tag: '@js' }, async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await visit(page, '/stories/cambodia/', { interactive: true });
		await page.getByText('Show the code').click();
		await page.getByRole('button', { name: 'Copy the embed code' }).click();
		await expect(page.locator('#embed-code-status')).toHaveText('Copied to the clipboard.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/^<iframe src="[^"]+\/embed\/stories\/cambodia\/" width="\d+" height="\d+" title="Cambodia: how the MGI was used"/,
		);
	});

	test('is shown to copy by hand without JavaScript', { tag: '@no-js' }, async ({ page }) => {
		await visit(page, '/fr/stories/cambodia/');
		await expect(page.getByRole('heading', { name: 'Intégrer cette histoire' })).toBeVisible();
		// behind a disclosure, so the code does not interrupt the reading
		await expect(page.locator('#embed-code')).toBeHidden();
		await page.getByText('Afficher le code').click();
		await expect(page.locator('#embed-code')).toContainText('/fr/embed/stories/cambodia/');
		await expect(page.getByRole('button', { name: 'Copier le code d’intégration' })).toBeHidden();
	});
});
