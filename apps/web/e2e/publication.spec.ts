/** @module the site as a publication: answers first, readable map, regions, search, sharing, citations */
import { contrast } from './contrast';
import { expect, test, visit } from './fixtures';

const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

for (const width of WIDTHS) {
	for (const colorScheme of SCHEMES) {
		test.describe(`at ${width} px, ${colorScheme}`, () => {
			test.use({ viewport: { width, height: 900 }, colorScheme });

			test('a country page opens with its story, then the map, then the facts', async ({
				page,
			}) => {
				await visit(page, '/governments/kaz/');
				const headings = await page.locator('main h2').allTextContents();
				expect(headings[0]).toBe('How Kazakhstan used the MGI');
				expect(headings.indexOf('Where it is')).toBeGreaterThan(0);
				expect(headings.at(-1)).toBe('Names, codes and sources');
				const story = page.locator('main blockquote.verbatim');
				await expect(story).toBeInViewport();
				await expect(story).toContainText('brain drain');
				await expect(story).not.toContainText('…');
				await expect(page.getByText('page 10 of the booklet')).toBeVisible();
				// the codes and other names wait in a closed disclosure
				await expect(page.getByText('Қазақстан Республикасы')).toBeHidden();
			});

			test('the map’s participating countries stand out from the rest by 3:1', async ({ page }) => {
				await visit(page, '/');
				const fills = await page.evaluate(() => {
					const fill = (selector: string) => {
						const element = document.querySelector(selector);
						return element ? getComputedStyle(element).fill : '';
					};
					return {
						participant: fill('svg a.country:not(.story) path'),
						story: fill('svg a.country.story path'),
						land: fill('svg path.land'),
						ocean: fill('svg path.sphere'),
					};
				});
				expect(contrast(fills.participant, fills.land)).toBeGreaterThanOrEqual(3);
				expect(contrast(fills.participant, fills.ocean)).toBeGreaterThanOrEqual(3);
				expect(contrast(fills.story, fills.land)).toBeGreaterThanOrEqual(3);
			});

			test('the header links to search on every page', async ({ page }) => {
				for (const path of [
					'/',
					'/stories/kazakhstan/',
					'/governments/kaz/',
					'/regions/africa/',
					'/data/',
				]) {
					await visit(page, path);
					await expect(
						page.getByRole('banner').getByRole('link', { name: 'Search' }),
					).toHaveAttribute('href', '/search/');
				}
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow).toBeLessThanOrEqual(0);
			});
		});
	}
}

test.describe('answers', () => {
	test('a government without a story says so and points to its region', async ({ page }) => {
		await visit(page, '/governments/ago/');
		await expect(
			page.getByText('Angola took part in the MGI; the booklet tells no success story from it.'),
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'the stories from Africa' })).toHaveAttribute(
			'href',
			'/regions/africa/',
		);
	});

	test('a local authority page keeps its gazetteer provenance out of the first screen', async ({
		page,
	}) => {
		await visit(page, '/governments/br-sao-paulo/');
		await expect(page.getByText('country-state-city')).toBeHidden();
		await expect(page.getByText(/GeoNames place/)).toBeHidden();
		await page.getByText('Show the names, codes and where they come from').click();
		await expect(page.getByText(/GeoNames place/)).toBeVisible();
	});

	test('a region page lists who took part, and the home page’s chart of regions leads there', async ({
		page,
	}) => {
		await visit(page, '/');
		const chart = page.locator('figure.chart', { hasText: 'Participation by region' });
		await chart.locator('summary').click();
		await chart.getByRole('link', { name: 'Africa', exact: true }).click();
		await expect(page).toHaveURL(/\/regions\/africa\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Africa/);
		const countries = page.locator(
			'section[aria-labelledby="countries-heading"] li > a:first-child',
		);
		const listed = await countries.count();
		await expect(page.locator('.lede')).toContainText(`${listed} countries`);
		await expect(page.getByRole('link', { name: 'Sierra Leone' }).first()).toBeVisible();
		await expect(page.locator('svg a.country')).toHaveCount(listed);
	});

	test('Oceania’s page answers too', async ({ page }) => {
		await visit(page, '/regions/oceania/');
		await expect(
			page.getByText('The booklet tells no success story from the region.'),
		).toBeVisible();
	});
});

test.describe('the map', () => {
	test('names a country on hover and on keyboard focus', async ({ page }) => {
		await visit(page, '/');
		const kazakhstan = page.locator('svg a[href="/governments/kaz/"]');
		await expect(kazakhstan.locator('title')).toHaveText(
			'Kazakhstan: took part; has a success story',
		);
		const tip = kazakhstan.locator('text.tip');
		await expect(tip).toBeHidden();
		await kazakhstan.focus();
		await expect(tip).toBeVisible();
		await expect(tip).toHaveText('Kazakhstan');
	});

	test('keeps the markers of neighbouring local authorities apart', async ({ page }) => {
		await visit(page, '/regions/africa/');
		const boxes = await page
			.locator('svg a.local circle.ring')
			.evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect().toJSON()));
		expect(boxes.length).toBeGreaterThan(3);
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i];
				const b = boxes[j];
				// circles overlap when their centres are closer than their radii together
				const distance = Math.hypot(
					a.left + a.width / 2 - (b.left + b.width / 2),
					a.top + a.height / 2 - (b.top + b.height / 2),
				);
				const overlap = distance < a.width / 2 + b.width / 2;
				expect(overlap, `markers ${i} and ${j} overlap`).toBe(false);
			}
		}
	});

	test('zooms into a region without JavaScript', { tag: '@no-js' }, async ({ page }) => {
		await visit(page, '/');
		await page
			.getByRole('navigation', { name: 'Zoom into a region' })
			.getByRole('link', { name: 'Americas' })
			.click();
		await expect(page).toHaveURL(/\/regions\/americas\/$/);
		await expect(page.locator('svg a[aria-label^="Montreal"]')).toHaveCount(1);
	});

	test('draws Tuvalu’s ring whole', async ({ page }) => {
		await visit(page, '/governments/tuv/');
		const svg = page.locator('svg.locator');
		await expect(svg).toHaveCSS('overflow', 'visible');
		const [ring, frame] = await Promise.all([
			svg.locator('circle.here-ring').boundingBox(),
			page.locator('main').boundingBox(),
		]);
		expect(ring && frame && ring.x + ring.width <= frame.x + frame.width).toBe(true);
	});
});

test.describe('stories and citations', () => {
	test('one formatted reference shows, the other style and the dataset wait in a disclosure', async ({
		page,
	}) => {
		await visit(page, '/stories/kazakhstan/');
		await expect(page.locator('#cite-apa')).toBeVisible();
		await expect(page.locator('#cite-apa cite')).toHaveText(
			'The Migration Governance Indicators Success Stories',
		);
		await expect(page.locator('#cite-apa cite')).toHaveCSS('font-style', 'italic');
		await expect(page.locator('#cite-apa')).not.toHaveCSS('font-family', /mono/i);
		await expect(page.locator('#cite-chicago')).toBeHidden();
		await page.locator('summary', { hasText: 'Chicago style' }).click();
		await expect(page.locator('#cite-chicago')).toContainText('“Kazakhstan.”');
		await expect(page.locator('#cite-dataset')).toContainText('[Data set]');
		await expect(page.getByRole('link', { name: 'BibTeX (.bib)' })).toHaveAttribute(
			'href',
			'/citations/iom2021-kazakhstan.bib',
		);
	});

	test('a French page cites the dataset in French, the booklet’s words marked English (round 7)', async ({
		page,
	}) => {
		await visit(page, '/fr/stories/kazakhstan/');
		const citation = page.locator('#cite-dataset');
		await expect(citation).toHaveAttribute('lang', 'fr');
		await expect(citation).toContainText('[Jeu de données]');
		await expect(citation).toContainText('/fr/data/.');
		await expect(citation.locator('cite')).toHaveAttribute('lang', 'en');
		await expect(citation.locator('[lang="en"]')).toHaveText([
			'International Organization for Migration',
			'The Migration Governance Indicators Success Stories',
		]);
	});

	test('labels the classification as our reading; its highlights are off until asked for', async ({
		page,
	}) => {
		await visit(page, '/stories/kazakhstan/');
		await expect(
			page.getByText('This classification is this project’s reading of the booklet, not IOM’s.'),
		).toBeVisible();
		const mark = page.locator('blockquote.verbatim mark').first();
		await expect(mark).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
		await page.getByLabel('Highlight the phrases behind our classification').check();
		await expect(mark).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
	});

	test('shows each evidence phrase once, with the labels it backs', async ({ page }) => {
		await visit(page, '/stories/kazakhstan/');
		const phrases = await page.locator('.evidence > li > .quote').allTextContents();
		expect(phrases.length).toBeGreaterThan(0);
		expect(new Set(phrases).size).toBe(phrases.length);
	});

	test('has no sections that render lazily, so select-all copies the whole page', async ({
		page,
	}) => {
		for (const path of ['/', '/stories/sierra-leone/', '/about/']) {
			await visit(page, path);
			const lazy = await page.evaluate(
				() =>
					[...document.querySelectorAll('*')].filter(
						(element) => getComputedStyle(element).contentVisibility === 'auto',
					).length,
			);
			expect(lazy, path).toBe(0);
		}
	});
});

test.describe('sharing', () => {
	test('each page type has its own share image and tidy titles', async ({ page, request }) => {
		const cases = [
			{ path: '/', image: '/og/site/home.png', title: 'How governments used the MGI: 19 stories' },
			{
				path: '/stories/brazil/',
				image: '/og/stories/brazil.png',
				title: 'São Paulo (Brazil): how the MGI was used',
			},
			{
				path: '/governments/kaz/',
				image: '/og/governments/kaz.png',
				title: 'Kazakhstan in the MGI',
			},
			{
				path: '/regions/africa/',
				image: '/og/regions/africa.png',
				title: 'Africa: who took part in the MGI',
			},
		];
		for (const { path, image, title } of cases) {
			await visit(page, path);
			await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
			await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
				'content',
				'summary_large_image',
			);
			const url = await page.locator('meta[property="og:image"]').getAttribute('content');
			expect(url).toMatch(new RegExp(`${image.replace(/\./g, '\\.')}$`));
			const response = await request.get(image);
			expect(response.headers()['content-type']).toBe('image/png');
			expect((await page.title()).length).toBeLessThanOrEqual(70);
		}
		await visit(page, '/stories/brazil/');
		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
		);
		// the page's title is ours; the article it shows is the booklet's, under its own heading
		expect(jsonLd.name).toBe('São Paulo (Brazil): how the MGI was used');
		expect(jsonLd.mainEntity.headline).toBe('BRAZIL');
	});
});

test.describe('served right', { tag: '@js' }, () => {
	test('citation files have their media types and names', async ({ request }) => {
		const bib = await request.get('/citations/iom2021-kazakhstan.bib');
		expect(bib.headers()['content-type']).toBe('application/x-bibtex; charset=utf-8');
		expect(bib.headers()['content-disposition']).toBe(
			'attachment; filename="iom2021-kazakhstan.bib"',
		);
		const ris = await request.get('/citations/iom2021-kazakhstan.ris');
		expect(ris.headers()['content-type']).toBe(
			'application/x-research-info-systems; charset=utf-8',
		);
		expect((await request.get('/data/stories.csv')).headers()['content-type']).toBe(
			'text/csv; charset=utf-8',
		);
	});

	test('government codes in capitals lead to the page', async ({ request }) => {
		const response = await request.get('/governments/KAZ/', { maxRedirects: 0 });
		expect(response.status()).toBe(308);
		expect(response.headers().location).toBe('/governments/kaz/');
	});

	test('serves a favicon.ico', async ({ request }) => {
		const response = await request.get('/favicon.ico');
		expect(response.status()).toBe(200);
	});

	test('answers /search/?q= on the server with escaped text', async ({ request }) => {
		const html = await (await request.get('/search/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
		expect(html).not.toContain('<script>alert(1)</script>');
		expect(html).toContain('“&lt;script&gt;alert(1)&lt;/script&gt;”');
	});
});

test.describe('search', () => {
	test('says why a hit matched and where its words come from, with or without JavaScript', async ({
		page,
		javaScript,
	}) => {
		await visit(page, '/fr/search/?q=Elbasan');
		if (javaScript) await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		const hit = page.locator('main .hits li').filter({ hasText: 'Albanie' });
		await expect(hit.locator('.match-source')).toHaveText(
			'Dans une légende de photo imprimée dans la brochure\u202f:',
		);
		await expect(hit.locator('.match-words')).toHaveAttribute('lang', 'en');
		await expect(hit.locator('.match-words mark')).toHaveText('Elbasan');
	});

	test('says a story found through its caption’s theme was found there, and marks a name of unknown language (round 7)', async ({
		page,
		javaScript,
	}) => {
		await visit(page, '/es/search/?q=sanidad');
		if (javaScript) await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		const uruguay = page.locator('main .hits li').filter({ hasText: 'Uruguay' });
		await expect(uruguay.locator('.match-source')).toHaveText(
			'Encontrada mediante un término cercano a las palabras del pie de foto de la historia (nuestra lectura):',
		);
		await expect(uruguay.locator('.match-words')).toContainText('mental health');
		await expect(uruguay.locator('.match-words')).toHaveAttribute('lang', 'en');
		await visit(page, '/fr/search/?q=Pilipinas');
		if (javaScript) await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		const philippines = page.locator('main .hits li').filter({ hasText: 'Pilipinas' }).first();
		await expect(philippines.locator('.match-words')).toHaveAttribute('lang', '');
	});

	test('finds a government by a misspelt name through the header’s search link', async ({
		page,
		javaScript,
	}) => {
		await visit(page, '/about/');
		await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
		if (javaScript) await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await page.getByRole('main').getByRole('searchbox').fill('Kazakstan');
		await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=Kazakstan$/);
		if (javaScript) await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await expect(
			page.locator('main').getByRole('link', { name: 'Kazakhstan' }).first(),
		).toBeVisible();
	});

	test('the governments filter forgives a typo', { tag: '@js' }, async ({ page }) => {
		await visit(page, '/governments/', { interactive: true });
		await page.getByLabel('Name or code').fill('Moldva');
		await expect(page.locator('tbody tr:visible')).toHaveCount(1);
		await expect(page.locator('tbody tr:visible').first()).toContainText('Republic of Moldova');
	});

	test('the governments table stacks each government on narrow screens, with no sideways scroll', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await visit(page, '/governments/');
		const row = page.locator('tbody tr').first();
		const box = await row.boundingBox();
		expect(box?.width).toBeLessThanOrEqual(375);
		// the sub-region shows on the row's second line, inside the screen, without its column's name
		const subregion = row.locator('td.subregion');
		await expect(subregion).toBeVisible();
		const cell = await subregion.boundingBox();
		expect(cell && cell.x + cell.width).toBeLessThanOrEqual(375);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test.describe('the classification grid', () => {
	test('is a real table whose marks lead to the evidence', async ({ page }) => {
		await visit(page, '/classification/');
		const outcomes = page.getByRole('region', { name: 'Outcome: stories against values' });
		const table = outcomes.getByRole('table');
		await expect(table.locator('tbody tr')).toHaveCount(19);
		const mark = table
			.getByRole('link', { name: /Yes: the evidence in Kazakhstan’s story/ })
			.first();
		const href = await mark.getAttribute('href');
		expect(href).toMatch(/^\/stories\/kazakhstan\/#tag-outcome-/);
		await mark.click();
		await expect(page.locator(`li${new URL(href ?? '', 'http://x').hash}`)).toBeVisible();
	});
});
