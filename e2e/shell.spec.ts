import { expect, test } from '@playwright/test';
import { PEOPLE, startSignedIn } from './support/session';

test.describe('app shell', () => {
  test('opens in Swedish with the product name, navigation and a sign-in entry', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Kompass' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: 'Start' })).toBeVisible();
    // The role pages appear once someone has signed in (e2e/session.spec.ts).
    await expect(nav.getByRole('link', { name: 'Lägesbild' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Logga in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeFocused();
    await expect(page).toHaveTitle('Logga in – Kompass');
    await page.goBack();
    await expect(page).toHaveTitle('Start – Kompass');
  });

  test('switches to English, remembers the choice and sets <html lang>', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Kompass' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Home – Kompass');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Kompass' })).toBeVisible();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });

  test('the skip link is the first stop and jumps to the content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('an unknown address shows a 404 page that names the address as text', async ({ page }) => {
    await page.goto('/finns/inte?<b>x</b>');
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    await expect(page.getByText('/finns/inte')).toBeVisible();
    await expect(page.locator('main b')).toHaveCount(0);
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Kompass' })).toBeFocused();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is compact, the menu folds behind a button, and stacked rows keep their labels', async ({
    page,
  }) => {
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await page.goto('/reporting');
    await expect(page.getByRole('heading', { level: 1, name: 'Min rapportering' })).toBeVisible();
    const header = await page.locator('header').boundingBox();
    expect(header!.height).toBeLessThan(140);

    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const menu = page.getByRole('button', { name: 'Meny' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Lägesbild' })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await nav.getByRole('link', { name: 'Lägesbild' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lägesbild' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Lägesbild' })).toBeHidden();

    // Min rapportering's rows are stacked cards: each value says which column it is.
    await page.goto('/reporting');
    const row = page.locator('table.work tbody tr').first();
    await expect(row.locator('td[data-label="Förvaltning"]')).toBeVisible();
    const label = await row
      .locator('td[data-label="Förvaltning"]')
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Förvaltning: "');
  });
});
