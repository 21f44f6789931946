import { expect, PAGE_TYPES, test, visit } from './fixtures';

test.describe('every page type', () => {
	for (const { name, path, heading } of PAGE_TYPES) {
		test(`${name} renders its content, landmarks and metadata`, async ({
			page,
			javaScriptEnabled,
		}) => {
			// CSP violations and script errors surface as console errors
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error' && !message.text().includes('404 (Not Found)')) {
					errors.push(message.text());
				}
			});
			page.on('pageerror', (error) => errors.push(error.message));
			const response = await visit(page, path, {
				interactive: javaScriptEnabled !== false && /stories\/$|governments\/$/.test(path),
			});
			expect(response?.status()).toBe(name === '404' ? 404 : 200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.getByRole('banner')).toBeVisible();
			await expect(page.getByRole('main')).toBeVisible();
			await expect(page.getByRole('contentinfo')).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
			await expect(page).toHaveTitle(/MGI Success Stories/);
			const description = await page.locator('meta[name="description"]').getAttribute('content');
			expect(description?.length).toBeGreaterThan(20);
			if (name === '404') {
				await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			} else {
				await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
					'href',
					new RegExp(`${path.replace(/\?.*$/, '').replace(/\//g, '\\/')}$`),
				);
				await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
			}
			expect(errors).toEqual([]);
		});
	}

	test('the main navigation marks where the visitor is', async ({ page }) => {
		await visit(page, '/stories/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav.getByRole('link', { name: 'Stories' })).toHaveAttribute(
			'aria-current',
			'page',
		);
		await visit(page, '/stories/ireland/');
		await expect(nav.getByRole('link', { name: 'Stories' })).toHaveAttribute(
			'aria-current',
			'true',
		);
		await expect(nav.getByRole('link', { name: 'Regions' })).not.toHaveAttribute(
			'aria-current',
			/.*/,
		);
	});

	test('a story page shows the verbatim text, evidence, photo caption, facts and API link', async ({
		page,
	}) => {
		await visit(page, '/stories/cambodia/');
		const text = page.locator('blockquote.verbatim');
		await expect(text).toContainText(
			'In Cambodia, the MGI process influenced the development of a new national policy on migrant health',
		);
		await expect(text.locator('mark').first()).toBeVisible();
		await expect(page.getByText('page 4 of the booklet')).toBeVisible();
		await expect(page.getByText('IOM staff conduct case finding for tuberculosis')).toBeVisible();
		await expect(page.getByRole('link', { name: 'JSON from the API' })).toHaveAttribute(
			'href',
			'http://localhost:8787/v1/stories/cambodia',
		);
		await expect(page.getByRole('heading', { name: 'Related stories' })).toBeVisible();
		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
		);
		expect(jsonLd).toMatchObject({
			'@type': 'WebPage',
			mainEntity: { '@type': 'Article', headline: 'CAMBODIA', pageStart: 4 },
		});
	});

	test('a story without a photo says so', async ({ page }) => {
		await visit(page, '/stories/tajikistan/');
		await expect(page.getByRole('heading', { name: 'The booklet’s photo' })).toHaveCount(0);
		await expect(page.locator('blockquote.verbatim')).toBeVisible();
	});

	test('the claims, data and about pages have a breadcrumb trail, as the other inner pages do', async ({
		page,
	}) => {
		for (const [path, current] of [
			['/fr/claims/', 'Les chiffres de la brochure, vérifiés'],
			['/data/', 'Data & API'],
			['/es/about/', 'Acerca de'],
		] as const) {
			await visit(page, path);
			const trail = page.getByRole('navigation', { name: /Breadcrumb|Fil d’Ariane|Ruta/ });
			await expect(trail.getByRole('link').first()).toHaveAttribute('href', /^\/((fr|es)\/)?$/);
			await expect(trail.locator('[aria-current="page"]')).toHaveText(current);
		}
	});

	test('the claims page answers first: the tally, then the disagreements, each with the booklet’s words and our reading', async ({
		page,
	}) => {
		await visit(page, '/claims/');
		const tally = page.getByRole('list', { name: 'The checks, by verdict' });
		await expect(tally.getByRole('listitem').first()).toHaveText(/^Inconsistent: \d+$/);
		const headings = page.locator('main h2');
		await expect(headings.first()).toHaveText('Where the booklet’s numbers disagree');
		const claim = page.locator('#claim-foreword-local-authorities');
		await expect(claim.locator('blockquote [lang="en"]')).not.toBeEmpty();
		await expect(claim.locator('figcaption')).toHaveText('“Foreword”, page III');
		await expect(claim).toContainText('Our reading:');
	});

	test('the claims check is shown honestly, on its own page', async ({ page }) => {
		await visit(page, '/claims/');
		const row = page.locator('#claim-foreword-local-authorities');
		await expect(row).toContainText('30');
		await expect(row).toContainText('29');
		await expect(row).toContainText('Inconsistent');
	});

	test('the home page answers with charts, and links the check from one sentence', async ({
		page,
	}) => {
		await visit(page, '/');
		for (const name of [
			'Success stories by theme',
			'Participation by region',
			'National and local',
		]) {
			await expect(page.getByRole('img', { name })).toBeVisible();
		}
		await expect(page.locator('[data-claim]')).toHaveCount(0);
		await expect(page.getByText(/foreword counts 30 local authorities/)).toContainText('names 29');
		await page.getByRole('link', { name: 'The booklet’s numbers, checked' }).first().click();
		await expect(page).toHaveURL(/\/claims\/$/);
	});
});

// the server's answers do not depend on the browser: checked once
test.describe('downloads and server', { tag: '@js' }, () => {
	test('publishes the dataset, CSV, data package and schemas', async ({ request }) => {
		const dataset = await request.get('/data/dataset.json');
		expect(dataset.ok()).toBe(true);
		expect(dataset.headers()['content-type']).toContain('application/json');
		expect(dataset.headers()['access-control-allow-origin']).toBe('*');
		const json = await dataset.json();
		expect(json.stories).toHaveLength(19);
		expect(json.countries).toHaveLength(84);
		const csv = await request.get('/data/stories.csv');
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		const excel = await request.get('/data/excel/governments.csv');
		expect(excel.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect([...(await excel.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const zip = await request.get('/data/dataset.zip');
		expect(zip.headers()['content-type']).toBe('application/zip');
		expect([...(await zip.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
		expect((await csv.text()).split('\r\n')[0]).toMatch(/^slug,edition,country/);
		for (const path of [
			'/data/governments.csv',
			'/data/tags.csv',
			'/data/claims.csv',
			'/data/datapackage.json',
			'/data/schema/story.json',
			'/sitemap.xml',
			'/robots.txt',
			'/citations/iom2021-albania.bib',
		]) {
			expect((await request.get(path)).status(), path).toBe(200);
		}
	});

	test('sends security headers, with the page’s own CSP', async ({ request }) => {
		const response = await request.get('/stories/albania/');
		const headers = response.headers();
		expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).not.toContain('unsafe-inline');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['cross-origin-opener-policy']).toBe('same-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
	});

	test('answers unknown paths with the 404 page and a 404 status', async ({ request }) => {
		const response = await request.get('/stories/atlantis/');
		expect(response.status()).toBe(404);
		expect(await response.text()).toContain('Page not found');
	});

	test('redirects paths without a trailing slash', async ({ request }) => {
		const response = await request.get('/about', { maxRedirects: 0 });
		expect(response.status()).toBe(308);
		expect(response.headers().location).toBe('/about/');
	});

	test('caches hashed assets forever and pages never', async ({ request, page }) => {
		await page.goto('/governments/');
		const font = await page.locator('link[rel="preload"][as="font"]').first().getAttribute('href');
		expect((await request.get(font ?? '')).headers()['cache-control']).toContain('immutable');
		expect((await request.get('/stories/')).headers()['cache-control']).toContain('max-age=0');
		// an enhancement has a fixed name (pages link to it), so it is revalidated; its chunks are hashed
		const entry = await request.get('/enhance/stories.js');
		expect(entry.headers()['cache-control']).toContain('max-age=0');
		const chunk = /"\.\.\/(_app\/immutable\/enhance\/[^"]+\.js)"/.exec(await entry.text())?.[1];
		expect(chunk).toBeDefined();
		expect((await request.get(`/${chunk}`)).headers()['cache-control']).toContain('immutable');
	});
});
