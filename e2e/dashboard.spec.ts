import { expect, test } from '@playwright/test';
import { formatNumber } from '../src/app/core/i18n/format';
import { buildEqualityRows, indicatorTrend } from '../src/app/dashboard/equality';
import { shownDecimals } from '../src/app/domain/indicator';
import { goalStatuses } from '../src/app/domain/status';
import { buildOverview, previousPeriod } from '../src/app/dashboard/overview';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { STATUS_SV } from './support/labels';
import { PEOPLE, startSignedIn } from './support/session';

const seed = buildDemoSeed(new Date());
const open = seed.periods.find((p) => p.state === 'open')!;

test('the equality view shows women, men and the gap from the seed, and opens a trend', async ({ page }) => {
  const plan = seed.plans.find((p) => p.theme === 'gender-equality')!;
  const rows = buildEqualityRows(
    seed.indicators.filter((i) => i.planId === plan.id),
    seed.reports,
    seed.periods,
    open,
  );
  const row = rows.find((r) => r.women !== null && r.men !== null && r.trend !== 'unknown')!;
  const digits = shownDecimals(row.indicator.unit);
  const local = (n: number | null) => formatNumber(n, 'sv-SE', digits);
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/equality');
  await expect(page.getByRole('heading', { level: 1, name: 'Jämställdhet' })).toBeVisible();
  const tableRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `Trend för ${row.indicator.name}` }) });
  await expect(tableRow.getByRole('cell').nth(0)).toHaveText(local(row.women));
  await expect(tableRow.getByRole('cell').nth(1)).toHaveText(local(row.men));
  // A gap between two percentages is in percentage points (procentenheter).
  const gapUnit = row.indicator.unit.trim() === '%' ? 'procentenheter' : row.indicator.unit;
  await expect(tableRow.getByRole('cell').nth(2)).toHaveText(`${local(row.gap)} ${gapUnit}`);
  // The movement in words, from the gap before to the gap now.
  const verb = { narrowing: 'Har minskat från', widening: 'Har ökat från', reversed: 'Har vänt: från' }[
    row.trend as 'narrowing' | 'widening' | 'reversed'
  ];
  await expect(tableRow.getByRole('cell').nth(3)).toContainText(
    verb
      ? `${verb} ${local(row.previousGap)} till ${local(row.gap)} ${gapUnit}`
      : `Oförändrad: ${local(row.gap)} ${gapUnit}`,
  );
  // No target for the gap in the demo: the column says so.
  await expect(tableRow.getByRole('cell').nth(4)).toHaveText('–');
  // The period the values are from, and whose report gave them.
  await expect(tableRow.getByRole('cell').nth(7)).toContainText(row.valuePeriod!.name);
  await expect(tableRow.getByRole('cell').nth(7)).toContainText('rapport från');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera tabellerna (CSV)' }).click(),
  ]);
  const csv = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(`${row.indicator.name};${row.indicator.unit};`);
  expect(csv).toContain(`Källa: rapport från`);

  await tableRow.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: `Trend: ${row.indicator.name}` })).toBeVisible();
  // Like with like by default: the full years only; every period in time order on request.
  const started = seed.periods.filter((p) => p.state !== 'planned');
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(
    started.filter((p) => p.kind === 'annual').length,
  );
  await expect(page.getByText('Diagrammets värdeaxel börjar på noll.')).toBeVisible();
  await page.getByLabel('Jämför').selectOption({ label: 'Alla perioder i tidsordning' });
  await expect(page).toHaveURL(/kind=all/);
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(started.length);
  // Every period's values, the earlier ones too (the goal's reports of every period are read).
  const points = indicatorTrend(row.indicator, seed.periods, seed.reports);
  expect(points.filter((p) => p.women !== null).length).toBeGreaterThan(1);
  for (const point of points) {
    const periodRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: point.period.name }) });
    await expect(periodRow.getByRole('cell').nth(0)).toHaveText(local(point.women));
    await expect(periodRow.getByRole('cell').nth(1)).toHaveText(local(point.men));
  }
  await expect(page.getByRole('img', { name: /Linjediagram/ })).toBeVisible();
});

test('an open overview updates when a report is submitted in another tab', async ({ context }) => {
  const draft = seed.reports.find(
    (r) => r.periodId === open.id && r.departmentId === 'uaf' && r.state === 'draft',
  )!;
  const plan = seed.plans.find((p) => p.id === draft.planId)!;
  const overview = buildOverview({
    period: open,
    previous: previousPeriod(seed.periods, open),
    plans: seed.plans,
    areas: seed.focusAreas,
    goals: seed.goals,
    departments: seed.departments,
    reports: seed.reports,
  });
  const before = overview.plans.find((p) => p.plan.id === plan.id)!.completeness;

  const dashboard = await context.newPage();
  await dashboard.addInitScript(
    (id) => localStorage.setItem('kompass.session', id),
    PEOPLE.departmentHead.id,
  );
  await dashboard.goto('/overview');
  const section = dashboard.getByRole('region', { name: plan.title });
  await expect(section).toContainText(`${before.reported} av ${before.expected} förväntade rapporter`);

  const form = await context.newPage();
  await form.goto(`/reporting/${open.id}/${draft.goalId}/uaf`);
  await form.getByLabel('Analys').fill('Inskickad från en annan flik.');
  await form.getByRole('button', { name: 'Skicka in' }).click();
  await expect(form.getByText('Rapporten är inskickad.')).toBeVisible();

  await expect(section).toContainText(`${before.reported + 1} av ${before.expected} förväntade rapporter`);
});

test('the overview exports its tables as CSV and as Excel', async ({ page }) => {
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Lägesbild' })).toBeVisible();
  const overview = buildOverview({
    period: open,
    previous: previousPeriod(seed.periods, open),
    plans: seed.plans,
    areas: seed.focusAreas,
    goals: seed.goals,
    departments: seed.departments,
    reports: seed.reports,
  });
  const integration = overview.plans.find((p) => p.plan.theme === 'integration')!;

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera tabellerna (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^lagesbild-.*\.csv$/);
  const csv = (await import('node:fs')).readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`Mål per status – ${integration.plan.title}`);
  expect(csv).toContain(`Enligt plan;${integration.counts['on-track']}\r\n`);
  expect(csv).toContain(`Ej rapporterad;${integration.counts['not-reported']}\r\n`);

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera tabellerna (Excel)' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = (await import('node:fs')).readFileSync(await xlsxDownload.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
});

test('the department view and the overview filters are kept in the URL', async ({ page }) => {
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/department');
  await page.getByLabel('Förvaltning', { exact: true }).selectOption('sof');
  await expect(page).toHaveURL(/department=sof/);
  const sofGoals = seed.goals.filter(
    (g) => g.leadDepartmentId === 'sof' || g.contributingDepartmentIds.includes('sof'),
  );
  await expect(page.locator('table.figures tbody tr')).toHaveCount(sofGoals.length);
  // Each goal's status, set by its lead department's report (from the plans' summaries), and the
  // department's own submitted or approved report (for a contribution, with its own status).
  const statuses = goalStatuses(open.id, seed.reports);
  expect(sofGoals.some((g) => statuses.has(g.id))).toBe(true);
  for (const goal of sofGoals) {
    const goalRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: goal.title, exact: true }) });
    await expect(goalRow.getByRole('cell').nth(2)).toContainText(
      STATUS_SV[statuses.get(goal.id) ?? 'not-reported'],
    );
    const own = seed.reports.find(
      (r) =>
        r.periodId === open.id &&
        r.subjectType === 'goal' &&
        r.goalId === goal.id &&
        r.departmentId === 'sof' &&
        (r.state === 'submitted' || r.state === 'approved'),
    );
    const ownCell = goalRow.getByRole('cell').nth(3);
    await expect(ownCell).toContainText(
      own ? (own.state === 'approved' ? 'Godkänd' : 'Inskickad') : 'Inte inskickad',
    );
    if (own && goal.leadDepartmentId !== 'sof') {
      await expect(ownCell).toContainText(`bidragets status: `);
      await expect(ownCell).toContainText(STATUS_SV[own.status]);
    }
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Handlingsplan för integration' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Handlingsplan för strategiskt jämställdhetsarbete' }),
  ).toBeVisible();

  await page.goto('/overview');
  await page.getByLabel('Tema', { exact: true }).selectOption('gender-equality');
  await expect(page).toHaveURL(/theme=gender-equality/);
  await expect(page.getByRole('heading', { level: 2, name: 'Handlingsplan för integration' })).toHaveCount(0);
  const area = seed.focusAreas.find((a) => a.planId === 'plan-jamstalldhet')!;
  await page.getByLabel('Insatsområde', { exact: true }).selectOption(area.id);
  await page.reload();
  await expect(page.getByLabel('Insatsområde', { exact: true })).toHaveValue(area.id);
  const areaTable = page.getByRole('table', { name: /Status per insatsområde/ });
  await expect(areaTable.locator('tbody tr')).toHaveCount(1);
  await expect(areaTable.locator('tbody tr')).toContainText(area.title);
});

test('an indicator not reported in the chosen period shows its latest value and the period it is from', async ({
  page,
}) => {
  const found = seed.plans
    .map((plan) => ({
      plan,
      row: buildEqualityRows(
        seed.indicators.filter((i) => i.planId === plan.id),
        seed.reports,
        seed.periods,
        open,
      ).find((r) => r.valuePeriod && r.valuePeriod.id !== open.id),
    }))
    .find((f) => f.row);
  expect(found, 'the demo has an indicator left unreported in the open period').toBeTruthy();
  const { plan, row } = found!;
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto(`/equality?plan=${plan.id}&period=${open.id}`);
  const tableRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `Trend för ${row!.indicator.name}` }) });
  await expect(tableRow.getByRole('cell').nth(0)).not.toHaveText('–');
  await expect(tableRow.getByRole('cell').nth(7)).toContainText(row!.valuePeriod!.name);
});

test('a committee member goes from Lägesbild and the department view to a goal report, and back to the plan', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/overview');
  const attention = page.locator('article.attention').first();
  const link = attention.getByRole('heading', { level: 4 }).getByRole('link');
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${title}` })).toBeVisible();
  // Read-only for a committee member; the way back leads to the plan, not to "Min rapportering".
  await expect(page.getByRole('button', { name: 'Skicka in' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Tillbaka till min rapportering/ })).toHaveCount(0);
  await page.getByRole('link', { name: '← Tillbaka till handlingsplanen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Handlingsplan för/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ingen behörighet' })).toHaveCount(0);

  await page.goto('/department');
  const goalLink = page.locator('table.figures tbody th a').first();
  const goal = (await goalLink.textContent())!.trim();
  await goalLink.click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${goal}` })).toBeVisible();
});

test('a report read by a committee member links each indicator to its trend', async ({ page }) => {
  const report = seed.reports.find(
    (r) =>
      r.periodId === open.id &&
      r.subjectType === 'goal' &&
      r.reportsAs === 'lead' &&
      (r.state === 'submitted' || r.state === 'approved') &&
      r.indicatorValues.length > 0,
  )!;
  const indicator = seed.indicators.find((i) => i.id === report.indicatorValues[0].indicatorId)!;
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto(`/reporting/${open.id}/${report.goalId}/${report.departmentId}`);
  await page.getByRole('link', { name: `Trend för ${indicator.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Trend: ${indicator.name}` })).toBeVisible();
});

test('Lägesbild prints whole: every chart is drawn without scrolling, and the printout starts at the heading', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Lägesbild' })).toBeVisible();
  // Charts below the fold are drawn too (not only when scrolled to), so a printout has them all.
  const charts = page.locator('app-bar-chart canvas');
  await expect.poll(() => charts.count()).toBeGreaterThan(2);
  await expect(page.locator('.chart-placeholder')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  const heading = await page.getByRole('heading', { level: 1, name: 'Lägesbild' }).boundingBox();
  expect(heading!.y).toBeLessThan(60);
  await expect(page.locator('.filters')).toBeHidden();
});
