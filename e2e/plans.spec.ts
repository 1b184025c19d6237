import { expect, test } from '@playwright/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { goalStatuses } from '../src/app/domain/status';
import { STATUS_SV } from './support/labels';
import { PEOPLE, startSignedIn } from './support/session';

test('a strategist creates and edits an action plan, with messages next to the fields', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans');
  await page.getByRole('link', { name: 'Ny handlingsplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny handlingsplan' })).toBeVisible();

  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Fyll i det här fältet.')).toBeVisible();
  await expect(page.getByLabel('Namn')).toBeFocused();

  await page.getByLabel('Namn').fill('Handlingsplan för trygghet <b>2027</b>');
  await page.getByRole('combobox', { name: 'Tema' }).click();
  await page.getByRole('option', { name: 'Övrigt' }).click();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Antagen' }).click();
  await page.getByLabel('Gäller till (år)').fill('2020');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Året kan inte vara före startåret.')).toBeVisible();
  await expect(page.getByText('Fyll i det här fältet.')).toBeVisible();

  await page.getByLabel('Gäller till (år)').fill('2030');
  await page.getByLabel('Antagen (datum)').fill('2026-11-20');
  await page.getByLabel('Diarienummer').fill('KS 2026/00999');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByText('”Handlingsplan för trygghet <b>2027</b>” är sparad.')).toBeVisible();
  const heading = page.getByRole('heading', { level: 2, name: 'Handlingsplan för trygghet <b>2027</b>' });
  await expect(heading).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);

  await page.getByRole('link', { name: 'Ändra Handlingsplan för trygghet <b>2027</b>' }).click();
  await expect(page.getByLabel('Namn')).toHaveValue('Handlingsplan för trygghet <b>2027</b>');
  await page.getByLabel('Beskrivning').fill('Trygghet i offentliga miljöer.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByText('Trygghet i offentliga miljöer.')).toBeVisible();
});

test('leaving a form with unsaved changes asks first', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/new');
  await page.getByLabel('Namn').fill('Halvfärdig plan');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('link', { name: 'Tillbaka till handlingsplanerna' }).click();
  await expect(page).toHaveURL(/\/plans\/new$/);
  await expect(page.getByLabel('Namn')).toHaveValue('Halvfärdig plan');
});

test('a committee member cannot open the plan form', async ({ page }) => {
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/plans');
  await expect(page.getByRole('link', { name: 'Ny handlingsplan' })).toHaveCount(0);
  await page.goto('/plans/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
});

test("the plans list and a plan's page show each goal's status in the current period", async ({ page }) => {
  const seed = buildDemoSeed(new Date());
  const open = seed.periods.find((p) => p.state === 'open')!;
  const statuses = goalStatuses(open.id, seed.reports);
  const goals = seed.goals.filter((g) => g.planId === 'plan-integration');
  // The seed has goals in more than one status, so a page showing one status everywhere fails.
  expect(new Set(goals.map((g) => statuses.get(g.id) ?? 'not-reported')).size).toBeGreaterThan(1);
  const label = (goalId: string) => STATUS_SV[statuses.get(goalId) ?? 'not-reported'];

  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/plans');
  const plan = page.getByRole('region', { name: 'Handlingsplan för integration' });
  for (const area of seed.focusAreas.filter((a) => a.planId === 'plan-integration')) {
    await plan.getByText(area.title, { exact: true }).click();
  }
  for (const goal of goals) {
    await expect(plan.getByRole('listitem').filter({ hasText: goal.title })).toContainText(label(goal.id));
  }

  await page.goto('/plans/plan-integration');
  for (const goal of goals) {
    await expect(page.getByRole('heading', { level: 3, name: goal.title })).toContainText(label(goal.id));
  }
});

test('numbers keep their units and dates stay whole; no stray space before a comma or a unit', async ({
  page,
}) => {
  const seed = buildDemoSeed(new Date());
  const plan = seed.plans.find((p) => p.decisionRef && p.adoptedOn)!;
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/plans');
  const card = page.getByRole('region', { name: plan.title });
  await expect(card).toContainText(`${plan.decisionRef}, antagen ${plan.adoptedOn}`);
  await expect(card.locator('.nowrap').filter({ hasText: plan.adoptedOn! })).toHaveCSS(
    'white-space',
    'nowrap',
  );

  await page.goto(`/plans/${plan.id}`);
  // Progress and values are joined to their unit by a no-break space ("85 %", never "85 / %").
  const progress = page.getByRole('cell').filter({ hasText: /\d\s%/ }).first();
  await expect(progress).toBeVisible();
  expect(await progress.textContent()).toMatch(/\d\u00a0%/);
  // A reported value says where it comes from: the lead department's report of a period.
  await expect(
    page.getByText(/^Källa: rapport från .+, (Helår|Delår|Tertial 1) \d{4}$/).first(),
  ).toBeVisible();

  await page.goto('/equality');
  const unit = page.locator('th .unit').first();
  await expect(unit).toBeVisible();
  expect(await unit.evaluate((el) => el.previousSibling?.textContent ?? '')).toMatch(/\s$/);
});
