import { expect, test, visit } from './fixtures';

test.describe('with JavaScript', { tag: '@js' }, () => {
	test('filters stories instantly and keeps the filters in the URL', async ({ page }) => {
		await visit(page, '/stories/', { interactive: true });
		const results = page.getByRole('heading', { level: 2, name: /of 19 stories/ });
		await expect(results).toHaveText('19 of 19 stories');
		await page.locator('summary', { hasText: /^Topic/ }).click();
		await page.getByRole('checkbox', { name: /^Health/ }).check();
		await expect(results).toHaveText('2 of 19 stories');
		await expect(page).toHaveURL(/\/stories\/\?topic=health$/);
		await page.locator('summary', { hasText: /^Region/ }).click();
		await page.getByRole('checkbox', { name: /^Asia/ }).check();
		await expect(results).toHaveText('1 of 19 stories');
		await expect(page.getByRole('link', { name: 'Cambodia' })).toBeVisible();
		await expect(page).toHaveURL(/\?region=asia&topic=health$/);

		// a shared link restores the view
		await visit(page, '/stories/?region=asia&topic=health', { interactive: true });
		await expect(results).toHaveText('1 of 19 stories');
		await expect(page.getByRole('checkbox', { name: /^Health/ })).toBeChecked();

		await page.getByRole('button', { name: /Region: Asia\s*, remove this filter/ }).click();
		await expect(results).toHaveText('2 of 19 stories');
		await page.getByRole('button', { name: 'Clear all' }).click();
		await expect(results).toHaveText('19 of 19 stories');
		await expect(page).toHaveURL(/\/stories\/$/);
		// clearing a group's last value leaves it open where the visitor is working
		const topic = page
			.locator('details')
			.filter({ has: page.locator('summary', { hasText: /^Topic/ }) });
		await expect(topic).toHaveAttribute('open', '');
	});

	test('searches stories with typos and highlights the matches', async ({ page }) => {
		await visit(page, '/stories/', { interactive: true });
		await page.getByRole('searchbox', { name: 'Search the stories' }).fill('traficking');
		await expect(page).toHaveURL(/\?q=traficking$/);
		// best matches first: the two stories about trafficking in persons
		const titles = page.locator('.cards h3');
		await expect(titles.nth(0)).toHaveText('Uruguay');
		await expect(titles.nth(1)).toHaveText('Sierra Leone');
		await expect(page.locator('.cards li').first().locator('mark').first()).toHaveText(
			/trafficking/i,
		);
		await expect(page.getByRole('heading', { level: 2, name: /of 19 stories/ })).not.toHaveText(
			'19 of 19 stories',
		);
	});

	test('helps when nothing matches', async ({ page }) => {
		await visit(page, '/stories/?q=colombia', { interactive: true });
		await expect(page.getByRole('heading', { name: /No story matches “colombia”/ })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Colombia', exact: true })).toHaveAttribute(
			'href',
			'/governments/col/',
		);
		await page.getByRole('button', { name: 'Show all 19 stories' }).click();
		await expect(page.getByRole('heading', { level: 2, name: '19 of 19 stories' })).toBeVisible();
	});

	test('searches from the home page', async ({ page }) => {
		await visit(page, '/');
		const main = page.getByRole('main');
		await main.getByRole('searchbox', { name: 'Search stories and governments' }).fill('São Paulo');
		await main.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=S%C3%A3o\+Paulo/);
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await expect(page.locator('main a[href="/stories/brazil/"]:visible')).toHaveText(
			'São Paulo (Brazil)',
		);
	});

	test('opens a story and copies its citation', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await visit(page, '/stories/', { interactive: true });
		await page.getByRole('link', { name: 'Kuwait' }).click();
		await expect(page).toHaveURL(/\/stories\/kuwait\/$/);
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await page.getByRole('button', { name: 'Copy APA 7 citation' }).click();
		await expect(page.locator('#cite-apa-status')).toHaveText('Copied to the clipboard.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.locator('#cite-apa').textContent());
		expect(copied).toContain(
			'Kuwait. In The Migration Governance Indicators Success Stories (p. 11)',
		);
	});

	test('sorts and filters the governments table', async ({ page }) => {
		await visit(page, '/governments/', { interactive: true });
		const rows = page.locator('tbody tr:visible');
		await expect(rows).toHaveCount(113);
		await page.getByLabel('Type').selectOption('local');
		await expect(rows).toHaveCount(29);
		await page.getByLabel('Name or code').fill('sao');
		await expect(rows).toHaveCount(1);
		await expect(page).toHaveURL(/kind=local&q=sao/);
		await page.getByRole('button', { name: 'Reset' }).click();
		await page.getByRole('button', { name: /^Stories/ }).click();
		await page.getByRole('button', { name: /^Stories/ }).click();
		await expect(page.locator('th[aria-sort="descending"]')).toContainText('Stories');
		await expect(rows.first().locator('td').last()).toHaveText(/^Read the story of /);
		await expect(rows.last().locator('td').last()).toHaveText('no story');
	});
});

test.describe('journeys common to both', () => {
	test('searches in the page’s language, with or without JavaScript, as the API ranks', async ({
		page,
		javaScript,
	}) => {
		await visit(page, '/es/search/?q=trata%20de%20personas', { interactive: javaScript });
		const firstTwo = page.locator('main ul.hits:visible > li > a');
		await expect(firstTwo.nth(0)).toHaveAttribute(
			'href',
			/^\/es\/stories\/(uruguay|sierra-leone)\/$/,
		);
		await expect(firstTwo.nth(1)).toHaveAttribute(
			'href',
			/^\/es\/stories\/(uruguay|sierra-leone)\/$/,
		);
		await expect(
			page
				.locator('main ul.hits:visible')
				.first()
				.getByText('coincide con algunas de las palabras')
				.first(),
		).toBeVisible();
		await visit(page, '/fr/search/?q=sant%C3%A9%20des%20migrants', { interactive: javaScript });
		await expect(page.locator('main ul.hits:visible > li > a').first()).toHaveAttribute(
			'href',
			'/fr/stories/cambodia/',
		);
	});

	test('answers a query of stop words with a hint, not the whole index', async ({
		page,
		javaScript,
	}) => {
		await visit(page, '/search/?q=the%20and%20of', { interactive: javaScript });
		await expect(page.getByText('“the and of” has only common words')).toBeVisible();
		await expect(page.locator('main ul.hits:visible')).toHaveCount(0);
	});

	test('follows a map link to a government page', async ({ page }) => {
		await visit(page, '/');
		await page.locator('svg a[aria-label^="Mauritius"]').click();
		await expect(page).toHaveURL(/\/governments\/mus\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mauritius');
	});

	test('follows a local authority on the map', async ({ page }) => {
		await visit(page, '/');
		// Sierra Leone's four local authorities sit close together: follow this one by keyboard
		await page.locator('svg a[aria-label^="Freetown"]').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/governments\/sl-freetown\/$/);
		await expect(page.getByText('Local authority in Sierra Leone')).toBeVisible();
	});

	test('the map has a table alternative', async ({ page }) => {
		await visit(page, '/');
		await page.getByText('The map as a table').click();
		const table = page.getByRole('table', {
			name: 'Participating countries and their local authorities',
		});
		await expect(table.locator('tbody tr')).toHaveCount(84);
	});
});

test.describe('without JavaScript', { tag: '@no-js' }, () => {
	test('filters through prerendered pages', async ({ page }) => {
		await visit(page, '/stories/');
		await page.locator('summary', { hasText: /^Topic/ }).click();
		await page.getByRole('link', { name: /^Trafficking in persons/ }).click();
		await expect(page).toHaveURL(/\/stories\/topic\/trafficking\/$/);
		await expect(page.getByRole('heading', { level: 2, name: /of 19 stories/ })).toHaveText(
			'2 of 19 stories',
		);
		await expect(page.getByRole('link', { name: /^Trafficking in persons/ })).toHaveAttribute(
			'aria-current',
			'page',
		);
		await page.getByRole('link', { name: 'Show all stories' }).click();
		await expect(page).toHaveURL(/\/stories\/$/);
	});

	test('searches on the site’s server, forgiving a typo', async ({ page }) => {
		await visit(page, '/stories/');
		await page.getByRole('searchbox', { name: 'Search the stories' }).fill('Moldva');
		await page.locator('main').getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=Moldva$/);
		await expect(page.getByText('Results for “Moldva”: 2')).toBeVisible();
		await expect(page.locator('main a[href="/governments/mda/"]')).toHaveText(
			'Republic of Moldova',
		);
		await expect(page.getByRole('searchbox', { name: 'Words, a place or a topic' })).toHaveValue(
			'Moldva',
		);
		await expect(page).toHaveTitle('Search: Moldva · MGI Success Stories');
	});

	test('opens a story whose citations are selectable text', async ({ page }) => {
		await visit(page, '/stories/');
		await page.getByRole('link', { name: 'Zambia' }).click();
		await expect(page).toHaveURL(/\/stories\/zambia\/$/);
		await expect(page.locator('#cite-apa')).toContainText(
			'Zambia. In The Migration Governance Indicators',
		);
		await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
		await page.locator('summary', { hasText: 'Chicago style' }).click();
		await expect(page.getByRole('link', { name: 'BibTeX (.bib)' })).toHaveAttribute(
			'href',
			'/citations/iom2021-zambia.bib',
		);
	});

	test('filters governments through prerendered pages', async ({ page }) => {
		await visit(page, '/governments/');
		const rows = page.locator('tbody tr:visible');
		await expect(rows).toHaveCount(113);
		await page.getByRole('link', { name: 'Local authorities' }).click();
		await expect(page).toHaveURL(/\/governments\/kind\/local\/$/);
		await expect(rows).toHaveCount(29);
		await page.getByRole('link', { name: 'Europe' }).click();
		await expect(rows).toHaveCount(10);
	});

	test('honours a filter given in the query, as a shared address or a form gives it', async ({
		page,
	}) => {
		await visit(page, '/governments/?region=europe');
		await expect(page).toHaveURL(/\/governments\/region\/europe\/$/);
		await expect(page.locator('tbody tr:visible')).toHaveCount(10);
		await visit(page, '/fr/stories/?region=africa');
		await expect(page).toHaveURL(/\/fr\/stories\/region\/africa\/$/);
	});
});
