import { readFileSync } from 'node:fs';
import { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { explainGapsWhereAsked } from './support/report-form';
import { PEOPLE, signInAs } from './support/session';
import { expect, test } from './support/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';

/** The kk department's shared-plan goal with a gender-split count indicator, in the open period. */
function pickGoal() {
  const seed = buildDemoSeed(new Date());
  const period = seed.periods.find((p) => p.state === 'open')!;
  const goal = seed.goals.find((g) => g.title === 'Kommunen som inkluderande arbetsgivare')!;
  const plan = seed.plans.find((p) => p.id === goal.planId)!;
  const indicator = seed.indicators.find((i) => i.goalId === goal.id && i.genderDisaggregated)!;
  const closed = seed.periods.filter((p) => p.state === 'closed').at(-1)!;
  return { period, goal, plan, indicator, closed, url: `/reporting/${period.id}/${goal.id}/kk` };
}

async function signOut(page: Page) {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
}

test('without an account: the sign-in page leads to the published plans, each period a page of its own', async ({
  page,
}) => {
  const { plan, closed } = pickGoal();
  await page.goto('/sign-in');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Öppen uppföljning/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Öppen uppföljning' })).toBeVisible();
  const section = page.getByRole('region', { name: plan.title });
  await expect(section).toBeVisible();
  await expectNoAxeViolations(page);

  await section.getByRole('link', { name: closed.name }).click();
  await expect(page).toHaveURL(new RegExp(`/public/${plan.id}/${closed.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: plan.title })).toBeVisible();
  await expect(page.getByText(/^Version 1, publicerad \d{4}-\d{2}-\d{2}$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Antal mål per status och fokusområde' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Om siffrorna' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The same page in English, at the same address.
  await page.evaluate(() => localStorage.setItem('kompass.language', 'en'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'About the figures' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Number of goals by status and focus area' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('publishing: a submitted report stays out; approved and published again, the new version shows it, small counts hidden', async ({
  page,
}) => {
  const { period, goal, plan, indicator, url } = pickGoal();
  await page.addInitScript(() => localStorage.setItem('kompass.undoMs', '0'));

  // The department head submits women 3, men 60, total 63 people.
  await signInAs(page, 'Johanna Berg');
  await page.goto(url);
  await page.getByRole('radio', { name: 'Enligt plan' }).check();
  const values = page.getByRole('group', { name: indicator.name });
  await values.getByLabel(`Kvinnor (${indicator.unit})`).fill('3');
  await values.getByLabel(`Män (${indicator.unit})`).fill('60');
  await values.getByLabel(`Totalt (${indicator.unit})`).fill('63');
  await page.getByLabel('Analys').fill('Fler praktikplatser än planerat.');
  await explainGapsWhereAsked(page);
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();

  // Published while only submitted: the goal is not reported in the public version.
  await signInAs(page, PEOPLE.strategist.name);
  await page.goto(`/plans/${plan.id}`);
  await page.getByRole('link', { name: 'Publicera uppföljningen' }).click();
  await page.getByLabel('Period').selectOption(period.id);
  const preview = page.getByRole('region', { name: 'Förhandsvisning: så här blir den publika sidan' });
  await expect(preview.getByRole('row', { name: new RegExp(`^${goal.title}`) })).toContainText(
    'Ej rapporterad',
  );
  await page.getByRole('button', { name: 'Publicera uppföljningen' }).click();
  // Asked first; the period is still open, and the question says what that means.
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(`Publicera uppföljningen för ${period.name} som version 1?`);
  await expect(question).toContainText(`${period.name} är fortfarande öppen`);
  await question.getByRole('button', { name: 'Publicera uppföljningen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Publicerad: version 1.' })).toBeVisible();

  await signOut(page);
  await page.goto(`/public/${plan.id}/${period.id}`);
  await expect(page.getByRole('heading', { level: 1, name: plan.title })).toBeVisible();
  await expect(page.getByText('Perioden var inte avslutad när den här versionen publicerades')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`^${goal.title}`) }).first()).toContainText(
    'Ej rapporterad',
  );
  const notYet = page.getByRole('row', { name: new RegExp(`^${indicator.name}`) });
  await expect(notYet).toBeVisible();
  await expect(notYet).not.toContainText('färre än 5');
  await expect(notYet).not.toContainText('63');

  // Approved, then published again.
  await signInAs(page, PEOPLE.strategist.name);
  await page.goto('/review');
  const item = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: goal.title }) })
    .filter({ hasText: 'Fler praktikplatser än planerat.' });
  await item.getByRole('button', { name: 'Godkänn' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Rapporten om ”${goal.title}” är godkänd.` }),
  ).toBeVisible();
  await page.goto(`/publish/${plan.id}?period=${period.id}`);
  await expect(page.getByText(/Publicerad version 1/)).toBeVisible();
  await page.getByRole('button', { name: 'Publicera uppföljningen' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Publicera uppföljningen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Publicerad: version 2.' })).toBeVisible();

  await signOut(page);
  await page.goto(`/public/${plan.id}/${period.id}`);
  await expect(page.getByText(/^Version 2, publicerad \d{4}-\d{2}-\d{2}; ersätter version 1$/)).toBeVisible();
  const goalRow = page.getByRole('row', { name: new RegExp(`^${goal.title}`) }).first();
  await expect(goalRow).toContainText('Enligt plan');
  const row = page.getByRole('row', { name: new RegExp(`^${indicator.name}`) });
  await expect(row).toContainText('färre än 5');
  await expect(row).toContainText('visas inte');
  await expect(row).toContainText('63');
  await expectNoAxeViolations(page);

  // Open data: the same figures, the small count as its text.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner CSV' }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText).toContain(indicator.name);
  expect(csvText).toContain('färre än 5');
  expect(csvText).not.toContain(';3;');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner JSON' }).click(),
  ]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(data.version).toBe(2);
  const published = data.indicators.find((i: { id: string }) => i.id === indicator.id);
  expect(published.figures).toEqual({ total: 63, women: 'fewer-than-5', men: 'withheld', gap: null });
  // Names of people never: the department head's name is nowhere in it.
  expect(JSON.stringify(data)).not.toContain('Johanna Berg');

  // The earlier version stays readable.
  await page.getByRole('navigation', { name: 'Versioner' }).getByRole('link', { name: '1' }).click();
  await expect(page.getByText(/^Version 1, publicerad/)).toBeVisible();
});
