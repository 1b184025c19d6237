import { expect, test } from './support/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { expectNoAxeViolations } from './support/axe';
import { completeGenderFields, EQUALITY_QUESTION } from './support/report-form';
import { PEOPLE, signInAs } from './support/session';

/** A UAF goal report it can still change in the open period, whose goal has a gender-split indicator. */
function pick() {
  const seed = buildDemoSeed(new Date());
  const period = seed.periods.find((p) => p.state === 'open')!;
  for (const report of seed.reports) {
    if (report.periodId !== period.id || report.departmentId !== 'uaf') continue;
    // One the department can still change: a draft, or one returned to it.
    if (report.state !== 'draft' && report.state !== 'returned') continue;
    if (report.subjectType !== 'goal') continue;
    const indicator = seed.indicators.find((i) => i.goalId === report.goalId && i.genderDisaggregated);
    if (indicator) return { indicator, url: `/reporting/${period.id}/${report.goalId}/uaf` };
  }
  throw new Error('the demo has no such draft');
}

test('a gap outside its target: the department head cannot submit without saying why it differs', async ({
  page,
}) => {
  const { indicator, url } = pick();
  const unit = indicator.unit.trim() === '%' ? 'procentenheter' : indicator.unit;

  // The strategist sets a target for the gap: at most 1 by 2027.
  await signInAs(page, PEOPLE.strategist.name);
  await page.goto(`/plans/${indicator.planId}/indicators/${indicator.id}/edit`);
  await page.getByLabel('Mål för skillnaden kvinnor − män: högst').fill('1');
  await page.getByLabel('År för målet för skillnaden').fill('2027');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${indicator.planId}$`));

  // The department head reports values ten apart.
  await signInAs(page, PEOPLE.departmentHead.name);
  await page.goto(url);
  const values = page.getByRole('group', { name: indicator.name });
  await values.getByLabel(/^Kvinnor/).fill('60');
  await values.getByLabel(/^Män/).fill('50');
  await values.getByLabel(/^Totalt/).fill('55');
  const question = values.getByLabel(EQUALITY_QUESTION);
  await expect(question).toBeVisible();
  await expect(values).toContainText(`Skillnaden (10 ${unit}) är större än målet: högst 1 ${unit} 2027.`);
  await page.getByLabel('Analys', { exact: true }).fill('Arbetet går enligt plan.');
  // Every other field is complete; this question is left unanswered.
  await question.fill('x');
  await completeGenderFields(page);
  await question.fill('');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(values.getByText('Fyll i det här fältet.')).toBeVisible();
  await expect(page.getByText('Rapporten är inskickad.')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await question.fill('Fler kvinnor än män deltar i språkpraktiken; vi riktar nu insatsen till män.');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();

  // The Jämställdhet view shows the gap against its target, in words beside the symbol.
  await page.goto(`/equality?plan=${indicator.planId}`);
  const row = page.getByRole('row', { name: new RegExp(indicator.name) });
  await expect(row).toContainText(`högst 1 ${unit} 2027: ✗ inte uppfyllt`);
});
