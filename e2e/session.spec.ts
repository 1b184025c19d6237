import { expect, test } from '@playwright/test';
import { buildOverview, previousPeriod } from '../src/app/dashboard/overview';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { PEOPLE, startSignedIn } from './support/session';

test.describe('demo sign-in and roles', () => {
  test('a department head signs in, sees their reporting first, and stays signed in after a reload', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await page.getByRole('button', { name: `Logga in som ${PEOPLE.departmentHead.name}` }).click();

    await expect(page).toHaveURL(/\/reporting$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Min rapportering' })).toBeVisible();
    await expect(page.getByText(`Inloggad som ${PEOPLE.departmentHead.name}`)).toBeVisible();
    await expect(
      page.getByText('Dina förvaltningar: Utbildnings- och arbetsmarknadsförvaltningen'),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: /Helår \d{4} · sista dag \d{4}-\d{2}-\d{2}/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('rowheader', { name: 'Fler elever klarar sfi-kurserna i tid' }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Min rapportering' })).toBeVisible();
    await expect(page.getByText(`Inloggad som ${PEOPLE.departmentHead.name}`)).toBeVisible();
  });

  test('an administrator lands on the departments and people', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: `Logga in som ${PEOPLE.admin.name}` }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Förvaltningar och personer' })).toBeVisible();
  });

  test('a strategist lands on the action plans with both plans and their goals', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: `Logga in som ${PEOPLE.strategist.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplaner' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Handlingsplan för integration' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Handlingsplan för strategiskt jämställdhetsarbete' }),
    ).toBeVisible();
    await page.getByText('Språk och utbildning').click();
    await expect(page.getByText('Fler elever klarar sfi-kurserna i tid')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min rapportering' }),
    ).toHaveCount(0);
  });

  test('a committee member sees the overview with figures from the seed, and no reporting', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: `Logga in som ${PEOPLE.committee.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lägesbild' })).toBeVisible();

    // Expected figures computed from the same seed with the domain rules, never hard-coded.
    const seed = buildDemoSeed(new Date());
    const period = seed.periods.find((p) => p.state === 'open')!;
    const overview = buildOverview({
      period,
      previous: previousPeriod(seed.periods, period),
      plans: seed.plans,
      areas: seed.focusAreas,
      goals: seed.goals,
      departments: seed.departments,
      reports: seed.reports,
    });
    const integration = overview.plans.find((p) => p.plan.id === 'plan-integration')!;
    const section = page.getByRole('region', { name: 'Handlingsplan för integration' });
    const table = section.getByRole('table', { name: /Mål per status/ });
    for (const row of integration.rows) {
      const label = { 'on-track': 'Enligt plan', 'off-track': 'Avvikelse', 'not-reported': 'Ej rapporterad' }[
        row.status as string
      ];
      if (!label) continue;
      await expect(table.getByRole('row', { name: new RegExp(label) })).toContainText(String(row.count));
    }
    await expect(section).toContainText(
      `${integration.completeness.reported} av ${integration.completeness.expected} förväntade rapporter`,
    );

    await expect(
      page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min rapportering' }),
    ).toHaveCount(0);
    await page.goto('/reporting');
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  });

  test('the period choice is kept in the URL', async ({ page }) => {
    await startSignedIn(page, PEOPLE.committee.id);
    await page.goto('/overview');
    const seed = buildDemoSeed(new Date());
    const closed = seed.periods.filter((p) => p.state === 'closed').at(-1)!;
    await page.getByLabel('Uppföljningsperiod').selectOption(closed.id);
    await expect(page).toHaveURL(new RegExp(`period=${closed.id}`));
    await page.reload();
    await expect(page.getByRole('table', { name: new RegExp(closed.name) }).first()).toBeVisible();
  });

  test('signing out returns to the sign-in page and protected pages ask to sign in', async ({ page }) => {
    await startSignedIn(page, PEOPLE.admin.id);
    await page.goto('/plans');
    await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplaner' })).toBeVisible();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();
    await page.goto('/overview');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Foverview/);
  });

  test('"Återställ demodata" restores the seed after a change', async ({ page }) => {
    await startSignedIn(page, PEOPLE.strategist.id);
    await page.goto('/plans');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Handlingsplan för integration' }),
    ).toBeVisible();
    // Change the stored plan directly in IndexedDB, as any earlier session could have.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kompass');
          open.onsuccess = () => {
            const tx = open.result.transaction('plans', 'readwrite');
            const store = tx.objectStore('plans');
            const get = store.get('plan-integration');
            get.onsuccess = () => store.put({ ...get.result, title: 'Ändrad plan' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Ändrad plan' })).toBeVisible();

    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Återställ demodata' }).click();
    await page.getByRole('button', { name: 'Ja, återställ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Demodata är återställd.' })).toBeVisible();
    await page.goto('/plans');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Handlingsplan för integration' }),
    ).toBeVisible();
  });
});
