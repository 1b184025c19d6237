import { expect, Page } from '@playwright/test';

/** Seeded demo people (see src/app/data-access/local/demo-seed.ts). */
export const PEOPLE = {
  admin: { id: 'm-admin', name: 'Alva Systemsson' },
  strategist: { id: 'm-strateg-int', name: 'Samir Haddad' },
  committee: { id: 'm-ledamot-1', name: 'Per-Olof Strand' },
  departmentHead: { id: 'm-uaf', name: 'Mikael Öberg' },
} as const;

/** Starts the app already signed in as `memberId` (the embedded backend's stored session). */
export async function startSignedIn(
  page: Page,
  memberId: string,
  language: 'sv' | 'en' = 'sv',
): Promise<void> {
  await page.addInitScript(
    ([id, lang]) => {
      if (!sessionStorage.getItem('e2e-started')) {
        sessionStorage.setItem('e2e-started', '1');
        localStorage.setItem('kompass.session', id);
        localStorage.setItem('kompass.language', lang);
      }
    },
    [memberId, language],
  );
}

/** Signs in as a demo person through the sign-in page, signing out whoever is signed in first. */
export async function signInAs(page: Page, name: string) {
  await page.goto('/sign-in');
  // The page is drawn once the demo people are listed; only then is "Logga ut" there or not.
  await expect(page.getByRole('button', { name: `Logga in som ${name}` })).toBeVisible();
  const signOut = page.getByRole('button', { name: 'Logga ut' });
  if (await signOut.isVisible()) {
    await signOut.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  }
  await page.getByRole('button', { name: `Logga in som ${name}` }).click();
  await expect(page.getByText(`Inloggad som ${name}`)).toBeVisible();
}
