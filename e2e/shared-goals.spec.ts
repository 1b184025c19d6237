import { Page } from '@playwright/test';
import { explainGapsWhereAsked } from './support/report-form';
import { expect, test } from './support/test';
import { formatNumber } from '../src/app/core/i18n/format';
import { buildDemoSeed, SHARED_DEMO_GOAL } from '../src/app/data-access/local/demo-seed';
import { previousPeriod } from '../src/app/dashboard/overview';
import { reportId } from '../src/app/domain/model';
import { STATUS_SV } from './support/labels';
import { PEOPLE, startSignedIn } from './support/session';

const seed = buildDemoSeed(new Date());
const open = seed.periods.find((p) => p.state === 'open')!;
const goal = seed.goals.find((g) => g.title === SHARED_DEMO_GOAL)!;
const indicator = seed.indicators.find((i) => i.goalId === goal.id && i.genderDisaggregated)!;
const name = (departmentId: string) => seed.departments.find((d) => d.id === departmentId)!.name;
const reporterOf = (departmentId: string) =>
  seed.members.find((m) => m.roles.includes('reporter') && m.departmentIds.join() === departmentId)!;
const contributor = goal.contributingDepartmentIds[0];
const sv = (n: number | null) => formatNumber(n, 'sv-SE', 2);

/** Signs `memberId` in (a new browser session of the same profile) and opens the shared goal's report. */
async function report(page: Page, departmentId: string, memberId: string) {
  await page.evaluate((id) => localStorage.setItem('kompass.session', id), memberId);
  await page.goto(`/reporting/${open.id}/${goal.id}/${departmentId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${goal.title}` })).toBeVisible();
  await page.getByRole('button', { name: 'Påbörja rapporten' }).click();
  await expect(page.getByRole('group', { name: 'Status' })).toBeVisible();
}

async function fillAndSubmit(
  page: Page,
  status: string,
  [women, men, total]: [string, string, string],
  analysis: string,
) {
  await page.getByRole('radio', { name: STATUS_SV[status], exact: true }).check();
  const values = page.getByRole('group', { name: indicator.name });
  await values.getByLabel(`Kvinnor (${indicator.unit})`).fill(women);
  await values.getByLabel(`Män (${indicator.unit})`).fill(men);
  await values.getByLabel(`Totalt (${indicator.unit})`).fill(total);
  await page.getByLabel('Analys').fill(analysis);
  await explainGapsWhereAsked(page);
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();
}

test('a shared goal: the lead sets the figures, a later contribution is shown under the goal and never mixed in', async ({
  page,
}) => {
  // The demo leaves this goal unreported in the open period; last period the lead reported it.
  const previous = previousPeriod(seed.periods, open)!;
  // Written out from the seed, not from the rule under test.
  const before = seed.reports
    .find(
      (r) => r.periodId === previous.id && r.goalId === goal.id && r.departmentId === goal.leadDepartmentId,
    )!
    .indicatorValues.find((v) => v.indicatorId === indicator.id)!;
  const previousGap = before.women! - before.men!;
  expect(previousGap).toBeGreaterThan(0);
  expect(previousGap).toBeLessThan(2.5);

  await startSignedIn(page, PEOPLE.departmentHead.id);
  await page.goto('/reporting');
  await report(page, goal.leadDepartmentId, reporterOf(goal.leadDepartmentId).id);
  await fillAndSubmit(page, 'at-risk', ['46,5', '44', '45,3'], 'Ledande förvaltningens analys.');

  // The contributor reports later, with other values (men above women) and another status.
  await report(page, contributor, reporterOf(contributor).id);
  await expect(page.getByText(`Det här är ${name(contributor)}s bidrag till målet.`)).toBeVisible();
  await fillAndSubmit(page, 'off-track', ['41', '47', '44'], 'Bidragets analys.');

  await page.evaluate((id) => localStorage.setItem('kompass.session', id), PEOPLE.committee.id);
  // The overview: the goal is at risk (the lead's status), with the contribution under it.
  await page.goto(`/overview?theme=gender-equality&period=${open.id}`);
  const attention = page.locator('article.attention').filter({ hasText: goal.title });
  await expect(attention.getByRole('heading', { level: 4 })).toContainText(STATUS_SV['at-risk']);
  await expect(attention).toContainText(`Rapporterat av ${name(goal.leadDepartmentId)}`);
  await expect(attention).toContainText('Ledande förvaltningens analys.');
  const contributions = attention.locator('app-contribution-list');
  await expect(contributions).toContainText('Bidrag från en annan förvaltning');
  await expect(contributions).toContainText(`Bidrag från ${name(contributor)}:`);
  await expect(contributions).toContainText(STATUS_SV['off-track']);
  await expect(contributions).toContainText('Bidragets analys.');

  // Jämställdhet: the lead's values, gap and how it moved since the lead's last report.
  await page.goto(`/equality?period=${open.id}`);
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `Trend för ${indicator.name}` }) });
  await expect(row.getByRole('cell').nth(0)).toHaveText(sv(46.5));
  await expect(row.getByRole('cell').nth(1)).toHaveText(sv(44));
  await expect(row.getByRole('cell').nth(2)).toHaveText(`${sv(2.5)} procentenheter`);
  await expect(row).toContainText('Har ökat från 2,2 till 2,5 procentenheter');
  await expect(row).not.toContainText('Har bytt tecken');

  // The trend's table: one series, the lead's values in every period.
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: `Trend: ${indicator.name}` })).toBeVisible();
  await page.getByLabel('Jämför').selectOption({ label: 'Alla perioder i tidsordning' });
  const trendRow = (periodName: string) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: periodName }) });
  await expect(trendRow(open.name).getByRole('cell').nth(0)).toHaveText(sv(46.5));
  await expect(trendRow(open.name).getByRole('cell').nth(1)).toHaveText(sv(44));
  await expect(trendRow(previous.name).getByRole('cell').nth(0)).toHaveText(sv(before.women));
  await expect(trendRow(previous.name).getByRole('cell').nth(1)).toHaveText(sv(before.men));

  // The plan's page: the lead's status on the goal, the contribution labelled under it.
  await page.evaluate((id) => localStorage.setItem('kompass.session', id), PEOPLE.strategist.id);
  await page.goto(`/plans/${goal.planId}`);
  const article = page.getByRole('article', { name: goal.title });
  await expect(article.getByRole('heading', { level: 3 })).toContainText(STATUS_SV['at-risk']);
  await expect(article.locator('app-contribution-list')).toContainText(`Bidrag från ${name(contributor)}:`);
});

test('a department that does not carry a goal gets no report form', async ({ page }) => {
  const outsider = seed.departments.find(
    (d) =>
      d.id !== goal.leadDepartmentId && !goal.contributingDepartmentIds.includes(d.id) && reporterOf(d.id),
  )!;
  await startSignedIn(page, reporterOf(outsider.id).id);
  await page.goto(`/reporting/${open.id}/${goal.id}/${outsider.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${goal.title}` })).toBeVisible();
  await expect(page.getByText(`${outsider.name} rapporterar inte på det här målet`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Påbörja rapporten' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Status' })).toHaveCount(0);
});

test('a strategist who also reports cannot approve or return their own report (four eyes)', async ({
  page,
}) => {
  const both = seed.members.find((m) => m.roles.includes('strategist') && m.roles.includes('reporter'))!;
  const departmentId = both.departmentIds[0];
  const own = seed.goals.find(
    (g) =>
      g.leadDepartmentId === departmentId &&
      !seed.reports.some((r) => r.id === reportId(open.id, 'goal', g.id, departmentId)),
  )!;
  await startSignedIn(page, both.id);
  await page.goto(`/reporting/${open.id}/${own.id}/${departmentId}`);
  await page.getByRole('button', { name: 'Påbörja rapporten' }).click();
  await page.getByRole('radio', { name: STATUS_SV['on-track'] }).check();
  for (const values of await page
    .getByRole('group')
    .filter({ has: page.getByLabel(/^Totalt/) })
    .all()) {
    for (const field of await values.getByRole('textbox').all()) await field.fill('50');
  }
  await page.getByLabel('Analys').fill('Egen rapport.');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();

  await page.goto('/review');
  const item = page.getByRole('article', { name: own.title });
  await expect(item).toContainText('Du skickade in den här rapporten själv');
  await expect(item.getByRole('button')).toHaveCount(0);
  // Another strategist decides.
  await page.evaluate((id) => localStorage.setItem('kompass.session', id), PEOPLE.strategist.id);
  await page.reload();
  await expect(
    page.getByRole('article', { name: own.title }).getByRole('button', { name: 'Godkänn' }),
  ).toBeVisible();
});
