import { expect, test } from '@playwright/test';
import { PEOPLE, startSignedIn } from './support/session';

test('the pages work under the production Content-Security-Policy, with no violation reported', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  // Exactly the Google hosts the SDK talks to (Auth, Firestore): *.googleapis.com would include
  // storage buckets anyone can write to.
  const connect = /connect-src ([^;]*)/.exec(headers['content-security-policy'])![1].split(' ');
  expect(connect.filter((source) => source.includes('*'))).toEqual([]);
  // Frames from the site itself (Firebase Auth's /__/auth/ pages, authDomain = the site) and
  // Microsoft's sign-in only: not every project's *.firebaseapp.com.
  const frames = /frame-src ([^;]*)/.exec(headers['content-security-policy'])![1].split(' ');
  expect(frames).toEqual(["'self'", 'https://login.microsoftonline.com']);
  expect(connect).toEqual(
    expect.arrayContaining([
      'https://identitytoolkit.googleapis.com',
      'https://securetoken.googleapis.com',
      'https://firestore.googleapis.com',
      // Kolada's API, read from the browser (its host exactly).
      'https://api.kolada.se',
    ]),
  );
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');

  await startSignedIn(page, PEOPLE.strategist.id);
  for (const path of ['/overview', '/equality', '/plans/plan-integration', '/status-report', '/periods']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Hämtar' })).toHaveCount(0);
  }
  // The charts drew (canvas) and the exports still download under the policy.
  await page.goto('/overview');
  await expect(page.locator('canvas').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Excel/ }).first().click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  expect(violations).toEqual([]);
});
