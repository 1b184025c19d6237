import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { reportId } from '../src/app/domain/model';
import { overlappingMessages } from './support/layout';
import { PEOPLE, startSignedIn } from './support/session';
import { expect, test } from './support/test';

const seed = buildDemoSeed(new Date());
const open = seed.periods.find((p) => p.state === 'open')!;
/** A UAF lead goal with a gender-split indicator, its report in the open period not yet submitted. */
const goal = seed.goals.find((g) => {
  const report = seed.reports.find((r) => r.id === reportId(open.id, 'goal', g.id, 'uaf'));
  return (
    g.leadDepartmentId === 'uaf' &&
    seed.indicators.some((i) => i.goalId === g.id && i.genderDisaggregated) &&
    (!report || report.state === 'draft')
  );
})!;

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('no hint or error message covers another field: the report form with errors', async ({ page }) => {
      await startSignedIn(page, PEOPLE.departmentHead.id);
      await page.goto(`/reporting/${open.id}/${goal.id}/uaf`);
      const start = page.getByRole('button', { name: 'Påbörja rapporten' });
      const status = page.getByRole('group', { name: 'Status' });
      await expect(start.or(status).first()).toBeVisible();
      if (await start.isVisible()) await start.click();
      await expect(status).toBeVisible();
      const women = page.getByLabel(/^Kvinnor/).first();
      await women.fill('tolv');
      await page.getByLabel('Analys').fill('');
      await page.getByRole('button', { name: 'Skicka in' }).click();
      await expect(page.getByText('Skriv ett tal, till exempel 12,5 eller 1 234.').first()).toBeVisible();
      expect(await overlappingMessages(page)).toEqual([]);
    });

    test('no hint or error message covers another field: the goal and indicator editors', async ({
      page,
    }) => {
      await startSignedIn(page, PEOPLE.strategist.id);
      await page.goto('/plans/plan-integration/goals/new');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect(page.getByText('Fyll i det här fältet.').first()).toBeVisible();
      expect(await overlappingMessages(page)).toEqual([]);

      const indicatorGoal = seed.goals.find((g) => g.planId === 'plan-integration')!;
      await page.goto(`/plans/plan-integration/goals/${indicatorGoal.id}/indicators/new`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect(page.getByText('Fyll i det här fältet.').first()).toBeVisible();
      expect(await overlappingMessages(page)).toEqual([]);
    });
  });
}
