import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/** Every route a visitor can reach; later features add theirs here. */
const PUBLIC_ROUTES = ['/', '/this-route-does-not-exist'];

for (const language of ['sv', 'en'] as const) {
  test.describe(`accessibility (${language})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((lang) => localStorage.setItem('kompass.language', lang), language);
    });

    for (const route of PUBLIC_ROUTES) {
      test(`${route} has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoAxeViolations(page);
      });
    }
  });
}
