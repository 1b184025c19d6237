import { expect, test } from '@playwright/test';
import { PEOPLE, startSignedIn } from './support/session';

test('a broken config.json gives a clear page, not a blank screen', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 200, body: '{ "backend": ' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { level: 1, name: 'Tjänsten är inte rätt inställd' }),
  ).toBeVisible();
  await expect(alert).toContainText('Inställningsfilen config.json är inte giltig JSON.');
});

test('a missing config.json is named', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/overview');
  await expect(page.getByRole('alert')).toContainText('Inställningsfilen config.json saknas');
});

test('a config.json with an unknown backend is refused', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 200, body: '{"backend":"mysql"}' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('backend ska vara ”local” eller ”firebase”');
});

test('the embedded mode never downloads Firebase code or talks to Google', async ({ page }) => {
  const requests: string[] = [];
  const scripts: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) scripts.push(await r.text().catch(() => ''));
  });
  await startSignedIn(page, PEOPLE.strategist.id);
  for (const path of [
    '/overview',
    '/equality',
    '/plans/plan-integration',
    '/plans/plan-integration/import',
    '/review',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Hämtar' })).toHaveCount(0);
  }
  expect(requests.filter((url) => !url.startsWith('http://localhost'))).toEqual([]);
  expect(requests.some((url) => url.endsWith('/config.json'))).toBe(true);
  expect(scripts.length).toBeGreaterThan(3);
  expect(
    scripts.filter((code) => code.includes('FirebaseError') || code.includes('firestore.googleapis')),
  ).toEqual([]);
});
