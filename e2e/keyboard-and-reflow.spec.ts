import { expect, Locator, Page, test } from '@playwright/test';
import { EQUALITY_QUESTION } from './support/report-form';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { reportId } from '../src/app/domain/model';
import { PEOPLE, startSignedIn } from './support/session';

/**
 * A UAF goal with a gender-split indicator whose report in the open period is still a draft or
 * missing, on which UAF reports values (its lead, or a contributor whose share is asked for).
 */
function pickGoal(offset = 0) {
  const seed = buildDemoSeed(new Date());
  const period = seed.periods.find((p) => p.state === 'open')!;
  const goals = seed.goals.filter((g) => {
    const contributesValues = g.contributingDepartmentIds.includes('uaf') && g.contributorsReportValues;
    if (g.leadDepartmentId !== 'uaf' && !contributesValues) return false;
    if (!seed.indicators.some((i) => i.goalId === g.id && i.genderDisaggregated)) return false;
    const report = seed.reports.find((r) => r.id === reportId(period.id, 'goal', g.id, 'uaf'));
    return !report || report.state === 'draft';
  });
  const goal = goals[offset % goals.length];
  const indicator = seed.indicators.find((i) => i.goalId === goal.id && i.genderDisaggregated)!;
  return { goal, indicator };
}

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('a department head reports with the keyboard alone, from the start page to submitted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { goal, indicator } = pickGoal();
  await startSignedIn(page, PEOPLE.departmentHead.id);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await tabTo(page, nav.getByRole('link', { name: /^Min rapportering/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Min rapportering' })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: goal.title }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${goal.title}` })).toBeVisible();
  // A new report starts with a button, one under way opens as the form: wait for either.
  const start = page.getByRole('button', { name: 'Påbörja rapporten' });
  const status = page.getByRole('group', { name: 'Status' });
  await expect(start.or(status).first()).toBeVisible();
  if (await start.isVisible()) {
    await tabTo(page, start);
    await page.keyboard.press('Enter');
  }

  // Status: into the radio group with Tab, then the arrow keys choose.
  await expect(status).toBeVisible();
  await tabTo(
    page,
    status
      .getByRole('radio')
      .first()
      .or(status.getByRole('radio', { checked: true }))
      .first(),
  );
  const wanted = status.getByRole('radio', { name: 'Risk för avvikelse' });
  for (let i = 0; i < 6 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeChecked();

  const values = page.getByRole('group', { name: indicator.name });
  for (const [label, text] of [
    [`Kvinnor (${indicator.unit})`, '41,5'],
    [`Män (${indicator.unit})`, '38'],
    [`Totalt (${indicator.unit})`, '39,8'],
  ]) {
    const field = values.getByLabel(label);
    await tabTo(page, field);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  }
  await tabTo(page, page.getByLabel('Analys'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Fler kvinnor än män deltar; vi når fler män genom uppsökande arbete.');
  await expect(page.getByRole('status').filter({ hasText: /Sparat \d{4}-\d{2}-\d{2}/ })).toBeVisible();

  // Where the numbers ask why women and men differ, the answer is typed too.
  for (const question of await page.getByLabel(EQUALITY_QUESTION).all()) {
    await tabTo(page, question);
    await page.keyboard.type('Fler kvinnor än män söker insatsen; vi når fler män genom uppsökande arbete.');
  }
  await tabTo(page, page.getByRole('button', { name: 'Skicka in' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();
  await expect(page.getByText('Rapporten kan inte ändras: den är Inskickad.')).toBeVisible();
});

/** Wider than the window means horizontal scrolling: WCAG 1.4.10 asks for none at 320 px. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('reflow at 320 px', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('"Min rapportering" and the report form need no horizontal scrolling', async ({ page }) => {
    const { goal } = pickGoal(1);
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await page.goto('/reporting');
    await expect(page.getByRole('heading', { level: 1, name: 'Min rapportering' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: goal.title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${goal.title}` })).toBeVisible();
    // A new report starts with a button, one under way opens as the form: wait for either.
    const start = page.getByRole('button', { name: 'Påbörja rapporten' });
    const status = page.getByRole('group', { name: 'Status' });
    await expect(start.or(status).first()).toBeVisible();
    if (await start.isVisible()) await start.click();
    await expect(status).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test('the strategist forms and the plan page need no horizontal scrolling', async ({ page }) => {
    await startSignedIn(page, PEOPLE.strategist.id);
    for (const path of [
      '/plans/plan-integration',
      '/plans/plan-integration/goals/new',
      '/plans/new',
      '/periods',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Hämtar' })).toHaveCount(0);
      await expectNoHorizontalScroll(page);
    }
  });
});

test.describe('reflow at 320 px, dashboards', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('the committee views need no horizontal scrolling (wide tables scroll inside their box)', async ({
    page,
  }) => {
    await startSignedIn(page, PEOPLE.committee.id);
    for (const path of ['/overview', '/equality', '/department', '/plans', '/accessibility']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Hämtar' })).toHaveCount(0);
      await expectNoHorizontalScroll(page);
    }
  });
});

test.describe('reflow at 320 px, public follow-up', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('the published follow-up needs no horizontal scrolling, without an account', async ({ page }) => {
    await page.goto('/public');
    await expect(page.getByRole('heading', { level: 1, name: 'Öppen uppföljning' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page
      .getByRole('link', { name: /Delår|Helår|Tertial/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: 'Om siffrorna' })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});

test('the footer links to the accessibility statement', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Anmäl till DIGG (digg.se)' })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  );
});

test('without IndexedDB (some private windows) the app says why instead of staying blank', async ({
  page,
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { level: 1, name: 'Tjänsten kan inte spara uppgifter i den här webbläsaren' }),
  ).toBeVisible();
  await expect(alert).toContainText('Webbläsaren tillåter inte lagring (IndexedDB).');
  await expect(alert.getByRole('button', { name: 'Försök igen' })).toBeVisible();
});
