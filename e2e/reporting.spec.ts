import { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { reportId } from '../src/app/domain/model';
import { explainGapsWhereAsked, completeGenderFields } from './support/report-form';
import { PEOPLE, startSignedIn } from './support/session';

/**
 * A UAF goal with a gender-split indicator whose report in the open period is not yet submitted,
 * on which UAF reports values (as its lead, or as a contributor whose share is asked for).
 */
function pickGoal() {
  const seed = buildDemoSeed(new Date());
  const period = seed.periods.find((p) => p.state === 'open')!;
  const candidates = seed.goals.filter(
    (g) =>
      (g.leadDepartmentId === 'uaf' ||
        (g.contributingDepartmentIds.includes('uaf') && g.contributorsReportValues)) &&
      seed.indicators.some((i) => i.goalId === g.id && i.genderDisaggregated),
  );
  const goal = candidates.find((g) => {
    const report = seed.reports.find((r) => r.id === reportId(period.id, 'goal', g.id, 'uaf'));
    return !report || report.state === 'draft';
  })!;
  const indicator = seed.indicators.find((i) => i.goalId === goal.id && i.genderDisaggregated)!;
  const existing = seed.reports.find((r) => r.id === reportId(period.id, 'goal', goal.id, 'uaf'));
  return { period, goal, indicator, existing };
}

async function openReport(page: Page, goalTitle: string) {
  await page.goto('/reporting');
  await page.getByRole('link', { name: goalTitle }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${goalTitle}` })).toBeVisible();
  // A new report starts with a button, one under way opens as the form: wait for either.
  const start = page.getByRole('button', { name: 'Påbörja rapporten' });
  const status = page.getByRole('group', { name: 'Status' });
  await expect(start.or(status).first()).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(status).toBeVisible();
}

test.describe('department reporting', () => {
  test('reminders: a badge counts what is due, and the filter lists exactly those (kept in the URL)', async ({
    page,
  }) => {
    const seed = buildDemoSeed(new Date());
    const period = seed.periods.find((p) => p.state === 'open')!;
    const todo = seed.goals
      .filter((g) => g.leadDepartmentId === 'uaf' || g.contributingDepartmentIds.includes('uaf'))
      .filter((g) => {
        const report = seed.reports.find((r) => r.id === reportId(period.id, 'goal', g.id, 'uaf'));
        return !report || report.state === 'draft' || report.state === 'returned';
      });
    // Activities have no seeded reports, so every UAF activity is still to do.
    const activities = seed.activities.filter((a) => a.responsibleDepartmentId === 'uaf');
    const due = todo.length + activities.length;
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await page.goto('/reporting');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: `Min rapportering ${due} att göra` })).toBeVisible();

    await page.getByLabel('Rapport', { exact: true }).focus();
    await page.getByLabel('Rapport', { exact: true }).selectOption('todo');
    await expect(page).toHaveURL(/state=todo/);
    await expect(page.locator('table.work tbody tr')).toHaveCount(due);
    // A filter changes the list, not the page: the focus stays on the filter.
    await expect(page.getByLabel('Rapport', { exact: true })).toBeFocused();
    await page.reload();
    await expect(page.getByLabel('Rapport', { exact: true })).toHaveValue('todo');
    await expect(page.locator('table.work tbody tr')).toHaveCount(due);
    await expect(page.getByText(/\d+ dagar kvar/)).toBeVisible();
  });

  test('"Min rapportering" lists what needs doing first; grouping by plan is a choice kept in the URL', async ({
    page,
  }) => {
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await page.goto('/reporting');
    const rows = page.locator('table.work tbody tr');
    await expect(rows.first()).toBeVisible();
    // Returned first, then no report yet, drafts, and last what waits on others.
    const rank = ['Återsänd', 'Ingen rapport ännu', 'Utkast', 'Inskickad', 'Godkänd'];
    const states = await rows.locator('td .state').allInnerTexts();
    const ranks = states.map((s) => rank.indexOf(s.trim()));
    expect(ranks).not.toContain(-1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    // The report's state and the work's status never read alike ("Ej påbörjad" twice).
    await expect(page.getByText('Ej påbörjad', { exact: true })).toHaveCount(0);

    await page.getByLabel('Ordning').selectOption({ label: 'Per plan och fokusområde' });
    await expect(page).toHaveURL(/order=plan/);
    await expect(page.getByRole('heading', { level: 2, name: /^Handlingsplan för/ }).first()).toBeVisible();
    await expect(page.locator('table.work tbody tr')).toHaveCount(states.length);
    await page.reload();
    await expect(page.getByLabel('Ordning')).toHaveValue('plan');
  });

  test('fill a report with a gender-split indicator, reload mid-way, submit', async ({ page }) => {
    const { goal, indicator } = pickGoal();
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await openReport(page, goal.title);

    await page.getByRole('radio', { name: 'Risk för avvikelse' }).check();
    const values = page.getByRole('group', { name: indicator.name });
    await values.getByLabel(`Kvinnor (${indicator.unit})`).fill('41,5');
    await values.getByLabel(`Män (${indicator.unit})`).fill('38');
    await values.getByLabel(`Totalt (${indicator.unit})`).fill('39,8');
    await page.getByLabel('Analys').fill('Fler kvinnor än män deltar; vi behöver nå fler män.');
    await expect(page.getByRole('status').filter({ hasText: /Sparat \d{4}-\d{2}-\d{2}/ })).toBeVisible();
    // The two progress figures say which is which: the department's own assessment of the work,
    // and the indicator's calculated progress towards its target.
    await expect(page.getByLabel('Arbetets framsteg, er bedömning (%)')).toBeVisible();
    await expect(values.getByText(/^Indikatorns framsteg mot målvärdet/)).toBeVisible();
    // Between two percentages, in percentage points.
    await expect(
      values.getByText(
        indicator.unit.trim() === '%'
          ? 'Skillnad kvinnor − män: 3,5 procentenheter'
          : `Skillnad kvinnor − män: 3,5 ${indicator.unit}`,
      ),
    ).toBeVisible();

    await page.reload();
    const reloaded = page.getByRole('group', { name: indicator.name });
    await expect(reloaded.getByLabel(`Kvinnor (${indicator.unit})`)).toHaveValue('41,5');
    await expect(reloaded.getByLabel(`Totalt (${indicator.unit})`)).toHaveValue('39,8');
    await expect(page.getByLabel('Analys')).toHaveValue(
      'Fler kvinnor än män deltar; vi behöver nå fler män.',
    );
    await expect(page.getByRole('radio', { name: 'Risk för avvikelse' })).toBeChecked();

    await explainGapsWhereAsked(page);
    await page.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();
    await expect(page.getByText('Rapporten kan inte ändras: den är Inskickad.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skicka in' })).toHaveCount(0);
    const history = page.getByRole('list').filter({ hasText: 'Inskickad av Mikael Öberg' });
    await expect(history).toBeVisible();
  });

  test('a gender-split value left empty: submit asks for it or a stated reason, and the reason stays with the report', async ({
    page,
  }) => {
    const { goal, indicator } = pickGoal();
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await openReport(page, goal.title);
    await page.getByRole('radio', { name: 'Enligt plan', exact: true }).check();
    const values = page.getByRole('group', { name: indicator.name });
    await values.getByLabel(`Kvinnor (${indicator.unit})`).fill('');
    await values.getByLabel(`Män (${indicator.unit})`).fill('38');
    await values.getByLabel(`Totalt (${indicator.unit})`).fill('40');
    await page.getByLabel('Analys').fill('Siffran för kvinnor kommer senare.');

    // Submit: the empty value is named next to the field and in the summary, nothing is sent.
    await page.getByRole('button', { name: 'Skicka in' }).click();
    const missing = 'Fyll i värdet – eller kryssa i ”Uppgift saknas” och skriv varför.';
    await expect(values.getByText(missing)).toBeVisible();
    await expect(page.getByRole('link', { name: `${indicator.name}: ${missing}` })).toBeVisible();
    await expect(page.getByText('Rapporten är inskickad.')).toHaveCount(0);

    // Ticked without a reason: the reason is asked for.
    await values.getByRole('checkbox', { name: 'Uppgift om kvinnor eller män saknas' }).check();
    await page.getByRole('button', { name: 'Skicka in' }).click();
    const reason = values.getByLabel('Varför saknas uppgiften?');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(values.getByText('Fyll i det här fältet.')).toBeVisible();

    await reason.fill('Verksamhetssystemet registrerar inte kön förrän i mars.');
    await completeGenderFields(page);
    await page.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();
    await expect(
      page.getByText('Uppgift saknas: Verksamhetssystemet registrerar inte kön förrän i mars.'),
    ).toBeVisible();
  });

  test('bad input gets a message next to the field, is kept through a reload, and blocks submit', async ({
    page,
  }) => {
    const { goal, indicator } = pickGoal();
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await openReport(page, goal.title);
    const total = page.getByRole('group', { name: indicator.name }).getByLabel(`Totalt (${indicator.unit})`);
    await total.fill('tolv');
    await total.blur();
    await expect(page.getByText('Skriv ett tal, till exempel 12,5 eller 1 234.')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Inte sparat – rätta de markerade fälten.' }),
    ).toBeVisible();

    await page.reload();
    await expect(
      page.getByRole('group', { name: indicator.name }).getByLabel(`Totalt (${indicator.unit})`),
    ).toHaveValue('tolv');
    await expect(page.getByText('Osparade ändringar från ditt förra besök är återställda.')).toBeVisible();

    await page.getByLabel('Analys').fill('');
    await page.getByRole('button', { name: 'Skicka in' }).click();
    const summary = page.getByRole('group', { name: 'Rätta följande innan du skickar in:' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /Analys: Fyll i det här fältet/ })).toBeVisible();
    await expect(
      summary.getByRole('link', { name: new RegExp(`${indicator.name}: Skriv ett tal`) }),
    ).toBeVisible();
  });

  test('an activity is reported on too, without indicators, and reaches the review queue', async ({
    page,
  }) => {
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await page.goto('/reporting');
    const row = page.getByRole('row', { name: /Sfi kombinerad med yrkesutbildning/ });
    await expect(row.getByText('Aktivitet', { exact: true })).toBeVisible();
    await row.getByRole('link').click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Rapport: Sfi kombinerad med yrkesutbildning' }),
    ).toBeVisible();
    await expect(
      page.getByText('Aktivitet under målet ”Fler elever klarar sfi-kurserna i tid”'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Påbörja rapporten' }).click();
    await expect(page.getByRole('heading', { name: 'Indikatorer' })).toHaveCount(0);
    await page.getByRole('radio', { name: 'Enligt plan' }).check();
    await page.getByLabel('Analys').fill('Två grupper har startat med praktik.');
    await page.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('button', { name: `Logga in som ${PEOPLE.strategist.name}` }).click();
    await expect(page.getByText(`Inloggad som ${PEOPLE.strategist.name}`)).toBeVisible();
    await page.goto('/review');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Sfi kombinerad med yrkesutbildning' }),
    ).toBeVisible();
  });

  test('a save that fails (storage full) keeps what was typed and saves on "Försök igen"', async ({
    page,
  }) => {
    const { goal } = pickGoal();
    // The browser's storage refuses writes while the flag is set, as a full disk would.
    await page.addInitScript(() => {
      const refuse = (original: (...args: never[]) => IDBRequest) =>
        function (this: IDBObjectStore, ...args: never[]) {
          if ((window as unknown as { __storageFull?: boolean }).__storageFull) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return original.apply(this, args);
        };
      IDBObjectStore.prototype.put = refuse(IDBObjectStore.prototype.put);
      IDBObjectStore.prototype.add = refuse(IDBObjectStore.prototype.add);
    });
    await startSignedIn(page, PEOPLE.departmentHead.id);
    await openReport(page, goal.title);

    await page.evaluate(() => ((window as unknown as { __storageFull?: boolean }).__storageFull = true));
    const text = 'Två grupper har startat; analysen skrevs när disken var full.';
    await page.getByLabel('Analys').fill(text);
    await expect(page.getByRole('alert').filter({ hasText: 'lagringsutrymme är fullt' })).toBeVisible();
    await expect(page.getByLabel('Analys')).toHaveValue(text);

    await page.evaluate(() => ((window as unknown as { __storageFull?: boolean }).__storageFull = false));
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Sparat \d{4}-\d{2}-\d{2}/ })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Analys')).toHaveValue(text);
  });
});
