import { Page } from '@playwright/test';

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
