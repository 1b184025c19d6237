import { expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// A visitor to the published follow-up on the Firebase backend: the same production build, served
// with e2e/emulator-config.json (which names a public organisation and emulators at a port where
// nothing listens), so the reads fail; what is checked here is what a visitor's browser downloads,
// that an unreachable Firestore is said plainly, and that leaving the public pages starts the app.

const APP = `http://localhost:${Number(process.env.E2E_PORT ?? 4300) + 2}`;
/** Text only Firebase Auth's SDK holds: the address of its account service. */
const AUTH_SDK = 'identitytoolkit.googleapis.com';

/** The text of every script the page downloads, as it downloads them. */
function scriptsOf(page: Page): Promise<string>[] {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  return scripts;
}

test('a visitor to /public downloads Firestore but never the Firebase Auth SDK', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto(`${APP}/public`);
  await expect(page.getByRole('heading', { level: 1, name: 'Öppen uppföljning' })).toBeVisible();
  // Firestore cannot be reached here: the page says so and offers to try again.
  await expect(page.getByRole('alert')).toContainText('kunde inte hämtas just nu', { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Försök igen' })).toBeVisible();
  await expectNoAxeViolations(page);
  const visitor = await Promise.all(scripts);
  expect(visitor.some((text) => text.includes('memoryLocalCache') || text.includes('firestore'))).toBe(true);
  expect(visitor.filter((text) => text.includes(AUTH_SDK))).toEqual([]);

  // "Logga in" leaves the public pages: a whole page load starts the app with its sign-in.
  await page.getByRole('link', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(`${APP}/sign-in`);
  await expect(page.getByLabel('E-postadress')).toBeVisible();
  const all = await Promise.all(scripts);
  expect(all.some((text) => text.includes(AUTH_SDK))).toBe(true);
});
