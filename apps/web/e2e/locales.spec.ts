import AxeBuilder from '@axe-core/playwright';
import { TRANSLATED_LOCALES } from '@mgi-stories/core';
import { expect, PAGE_TYPES, test, visit } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const locale of TRANSLATED_LOCALES) {
	test.describe(`axe, WCAG 2.2 AA, /${locale}/`, { tag: '@js' }, () => {
		for (const { name, path } of PAGE_TYPES) {
			test(`${name} has no violations`, async ({ page }) => {
				const response = await visit(page, `/${locale}${path}`, {
					interactive: /stories\/$|governments\/$/.test(path),
				});
				expect(response?.status()).toBe(name === '404' ? 404 : 200);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				await page.evaluate(() => {
					for (const details of document.querySelectorAll('details')) details.open = true;
				});
				const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
				expect(results.violations.map((violation) => violation.id)).toEqual([]);
			});
		}
	});
}

// French and Spanish run longer than English: no page type may scroll sideways on a 375 px phone
for (const locale of TRANSLATED_LOCALES) {
	test.describe(`375 px wide, /${locale}/`, { tag: '@no-js' }, () => {
		test.use({ viewport: { width: 375, height: 800 } });
		for (const { name, path } of PAGE_TYPES) {
			test(`${name} does not scroll sideways`, async ({ page }) => {
				await visit(page, `/${locale}${path}`);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow).toBeLessThanOrEqual(0);
			});
		}
	});
}

test.describe('language switcher', () => {
	test('keeps the page and its path filters without JavaScript', { tag: '@no-js' }, async ({
		page,
	}) => {
		await page.goto('/stories/topic/health/');
		const languages = page.getByRole('navigation', { name: 'Language' });
		await languages.getByRole('link', { name: 'Français' }).click();
		await expect(page).toHaveURL(/\/fr\/stories\/topic\/health\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await page
			.getByRole('navigation', { name: 'Langue' })
			.getByRole('link', { name: 'Español' })
			.click();
		await expect(page).toHaveURL(/\/es\/stories\/topic\/health\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await page
			.getByRole('navigation', { name: 'Idioma' })
			.getByRole('link', { name: 'English' })
			.click();
		await expect(page).toHaveURL(/\/stories\/topic\/health\/$/);
		await expect(page).not.toHaveURL(new RegExp(`/(${TRANSLATED_LOCALES.join('|')})/`));
	});

	test('marks the current language and names each in its own language', async ({ page }) => {
		await page.goto('/es/regions/africa/');
		const languages = page.getByRole('navigation', { name: 'Idioma' });
		await expect(languages.getByRole('link', { name: 'Español' })).toHaveAttribute(
			'aria-current',
			'true',
		);
		await expect(languages.getByRole('link', { name: 'Français' })).toHaveAttribute('lang', 'fr');
		await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute(
			'hreflang',
			'en',
		);
	});

	test('is reached with the keyboard and keeps the filters in the address', {
		tag: '@js',
	}, async ({ page }) => {
		await visit(page, '/governments/', { interactive: true });
		await page.getByLabel('Name or code').fill('bra');
		await expect(page).toHaveURL(/\?q=bra/);
		const french = page.getByRole('navigation', { name: 'Language' }).getByRole('link', {
			name: 'Français',
		});
		await french.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/fr\/governments\/\?q=bra$/);
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await expect(page.getByLabel('Nom ou code')).toHaveValue('bra');
	});

	test('keeps internal links in the current locale', async ({ page }) => {
		await page.goto('/fr/stories/brazil/');
		const hrefs = await page
			.locator('main a[href^="/"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		const pages = hrefs.filter((href) => !/\.(csv|json|zip|bib|ris|png)$/.test(href));
		expect(pages.length).toBeGreaterThan(5);
		for (const href of pages) expect(href).toMatch(/^\/fr\//);
	});
});

test.describe('translated story pages', () => {
	test('quote the booklet in English, tag it so, say why in one line and link the required citation', async ({
		page,
	}) => {
		await page.goto('/fr/stories/cambodia/');
		await expect(page.locator('blockquote.verbatim')).toHaveAttribute('lang', 'en');
		const notice = page.locator('.verbatim-notice');
		await expect(notice.getByText('Texte original en anglais')).toBeVisible();
		await expect(notice).toContainText('La licence de la brochure n’en permet pas la traduction.');
		await expect(
			notice.getByRole('link', { name: 'Licence et citation obligatoire' }),
		).toHaveAttribute('href', '/fr/about/#source');
		await expect(page.locator('#cite-apa')).toContainText(
			'International Organization for Migration',
		);
	});
});
