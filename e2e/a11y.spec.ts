import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { PEOPLE, startSignedIn } from './support/session';

const seed = buildDemoSeed(new Date());
const openPeriod = seed.periods.find((p) => p.state === 'open')!;
const uafReports = seed.reports.filter((r) => r.periodId === openPeriod.id && r.departmentId === 'uaf');
/** An editable report (a draft, so the whole form shows) and a read-only one. */
const editable = uafReports.find((r) => r.state === 'draft')!;
const readOnly = uafReports.find((r) => r.state === 'approved' || r.state === 'submitted')!;
const url = (r: { periodId: string; goalId: string; departmentId: string }) =>
  `/reporting/${r.periodId}/${r.goalId}/${r.departmentId}`;

const integrationIndicator = seed.indicators.find((i) => i.planId === 'plan-integration')!;

/** How many routes one test checks. */
const ROUTES_PER_TEST = 3;

/** Every route a visitor can reach without signing in. */
const lastClosed = seed.periods.filter((p) => p.state === 'closed').at(-1)!;
const PUBLIC_ROUTES = [
  '/',
  '/sign-in',
  '/accessibility',
  '/this-route-does-not-exist',
  '/public',
  `/public/plan-jamstalldhet/${lastClosed.id}`,
];

/** Every route of each role, visited signed in as that role. */
const ROLE_ROUTES: [keyof typeof PEOPLE, string[]][] = [
  [
    'departmentHead',
    ['/reporting', url(editable), url(readOnly), '/plans', '/overview', '/notices', '/settings'],
  ],
  [
    'strategist',
    [
      '/review',
      '/periods',
      '/periods/new',
      '/plans',
      '/plans/new',
      '/plans/plan-integration/edit',
      '/plans/plan-integration',
      '/plans/plan-integration/import',
      '/plans/kolada',
      '/plans/plan-integration/focus-areas/new',
      `/plans/plan-integration/goals/${integrationIndicator.goalId}/edit`,
      `/plans/plan-integration/indicators/${integrationIndicator.id}/edit`,
      `/plans/plan-integration/goals/${integrationIndicator.goalId}/activities/new`,
      '/overview',
      '/overview?tag=cemr:11',
      '/equality',
      '/cemr',
      '/agenda-2030',
      '/department',
      '/status-report',
      url(readOnly),
      '/publish/plan-integration',
      '/notices',
      '/settings',
    ],
  ],
  [
    'committee',
    [
      '/overview',
      '/equality',
      '/cemr',
      '/agenda-2030',
      `/trend/${seed.indicators.find((i) => i.genderDisaggregated)!.id}`,
      '/plans',
      '/plans/plan-integration',
      '/department',
      '/status-report',
      '/reporting',
    ],
  ],
  [
    'admin',
    [
      '/plans',
      '/overview',
      '/admin',
      '/admin/people/new',
      '/admin/departments/new',
      '/admin/people/m-uaf/edit',
      '/admin/departments/sof/edit',
    ],
  ],
];

for (const language of ['sv', 'en'] as const) {
  test.describe(`accessibility (${language})`, () => {
    for (const route of PUBLIC_ROUTES) {
      test(`${route} has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.addInitScript((lang) => localStorage.setItem('kompass.language', lang), language);
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoAxeViolations(page);
      });
    }

    // Three routes a test, so that no test comes near its time limit on a busy two-core machine
    // (one test per role took 2.6 minutes there for the strategist's eighteen).
    for (const [who, routes] of ROLE_ROUTES) {
      for (let start = 0; start < routes.length; start += ROUTES_PER_TEST) {
        const group = routes.slice(start, start + ROUTES_PER_TEST);
        test(`the ${who}'s routes ${group.join(', ')} have no WCAG 2.1 AA violations`, async ({ page }) => {
          await startSignedIn(page, PEOPLE[who].id, language);
          for (const route of group) {
            await page.goto(route);
            await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
            await expect(page.getByRole('status').filter({ hasText: /Hämtar|Loading/ })).toHaveCount(0);
            // Open every collapsed section so its content is checked too.
            for (const summary of await page.locator('summary').all()) await summary.click();
            await expectNoAxeViolations(page);
          }
        });
      }
    }

    test('confirmations and inline forms, open, have no violations', async ({ page }) => {
      await startSignedIn(page, PEOPLE.strategist.id, language);
      await page.goto('/periods');
      await page
        .getByRole('button', { name: /^(Stäng|Close) / })
        .first()
        .click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto('/review');
      const first = page.getByRole('article').first();
      await first.getByRole('button').nth(1).click();
      await expectNoAxeViolations(page);
      await page.goto('/sign-in');
      await page.locator('section.demo button').first().click();
      await expect(page.locator('section.demo [role=group]')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('a saved record with its confirmation showing has no violations', async ({ page }) => {
      await startSignedIn(page, PEOPLE.strategist.id, language);
      await page.goto('/plans/plan-integration/focus-areas/new');
      await page.getByLabel(language === 'sv' ? 'Namn' : 'Name').fill('Språk och arbete');
      await page.getByRole('button', { name: language === 'sv' ? 'Spara' : 'Save' }).click();
      await expect(page.locator('mat-snack-bar-container')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('the start-up problem page has no violations', async ({ page }) => {
      await page.addInitScript((lang) => localStorage.setItem('kompass.language', lang), language);
      await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    });

    test('the plan workspace with its dialog, menus and import errors open has no violations', async ({
      page,
    }) => {
      await startSignedIn(page, PEOPLE.strategist.id, language);
      await page.goto('/plans/plan-integration');
      await page.locator('[id^="remove-"]').first().click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/plans/plan-integration/goals/${integrationIndicator.goalId}/edit`);
      await page.getByRole('combobox').nth(1).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('listbox')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await page.goto('/plans/plan-integration/import');
      await page.locator('input[type=file]').setInputFiles({
        name: 'x.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Mål;Insatsområde;Ansvarig förvaltning\nA;B;Okänd\n'),
      });
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
