import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { expectNoAxeViolations } from './support/axe';
import { completeGenderFields, EQUALITY_QUESTION } from './support/report-form';
import { PEOPLE, signInAs, startSignedIn } from './support/session';

/** A UAF lead report it can still change in the open period, whose goal has a gender-split indicator. */
function pick() {
  const seed = buildDemoSeed(new Date());
  const period = seed.periods.find((p) => p.state === 'open')!;
  for (const report of seed.reports) {
    if (report.periodId !== period.id || report.departmentId !== 'uaf' || report.subjectType !== 'goal')
      continue;
    if (report.state !== 'draft' && report.state !== 'returned') continue;
    // The lead's report: it sets the goal's figures, which the follow-up pages show.
    if (report.reportsAs !== 'lead') continue;
    const indicator = seed.indicators.find((i) => i.goalId === report.goalId && i.genderDisaggregated);
    const goal = seed.goals.find((g) => g.id === report.goalId)!;
    if (indicator) return { indicator, goal, url: `/reporting/${period.id}/${report.goalId}/uaf` };
  }
  throw new Error('the demo has no such draft');
}

const ANALYSIS = 'Fler kvinnor än män deltar i språkpraktiken; vi riktar nu insatsen också till män.';

test('a goal tagged with a CEMR article and an Agenda 2030 target is followed up per article, goal and target', async ({
  page,
}) => {
  const { indicator, goal, url } = pick();

  // The strategist tags the goal: article 11 found by a word of its name, target 5.5 typed by number.
  await signInAs(page, PEOPLE.strategist.name);
  await page.goto(`/plans/${goal.planId}/goals/${goal.id}/edit`);
  const tags = page.getByRole('combobox', { name: 'CEMR-artiklar och Agenda 2030' });
  // Start from none: remove the demo's tags one by one (each removal redraws the chips).
  const chosen = page.getByRole('grid', { name: 'Valda artiklar, mål och delmål' }).getByRole('button');
  // The form is filled once the goal has arrived: its chips first, then they go one by one.
  await expect(chosen).toHaveCount(goal.tags?.length ?? 0);
  for (let left = goal.tags?.length ?? 0; left > 0; left--) {
    await chosen.first().click();
    await expect(chosen).toHaveCount(left - 1);
  }
  await tags.fill('arbetsgivar');
  await page.getByRole('option', { name: 'Artikel 11: Arbetsgivarrollen' }).click();
  await tags.fill('5.5');
  await tags.press('Enter');
  await expect(page.getByRole('row', { name: /Delmål 5\.5: Kvinnors fulla deltagande/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${goal.planId}$`));
  const article = page.getByRole('article', { name: goal.title });
  await expect(article).toContainText('Artikel 11 Arbetsgivarrollen');
  await expect(article).toContainText(
    'Delmål 5.5 Kvinnors fulla deltagande och lika möjligheter till ledarskap',
  );

  // … and sets a target for the gap: at most 1 by 2027.
  await page.goto(`/plans/${indicator.planId}/indicators/${indicator.id}/edit`);
  await page.getByLabel('Mål för skillnaden kvinnor − män: högst').fill('1');
  await page.getByLabel('År för målet för skillnaden').fill('2027');
  // … and targets of their own for women and men.
  await page.getByLabel('Målvärde för kvinnor').fill('65');
  await page.getByLabel('Målvärde för män').fill('65');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${indicator.planId}$`));

  // The department head reports values 30 apart and cannot submit without the equality analysis.
  await signInAs(page, PEOPLE.departmentHead.name);
  await page.goto(url);
  const values = page.getByRole('group', { name: indicator.name });
  await values.getByLabel(/^Kvinnor/).fill('70');
  await values.getByLabel(/^Män/).fill('40');
  await values.getByLabel(/^Totalt/).fill('55');
  await page.getByLabel('Analys', { exact: true }).fill('Arbetet går enligt plan.');
  const question = values.getByLabel(EQUALITY_QUESTION);
  await question.fill('x');
  await completeGenderFields(page);
  await question.fill('');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(values.getByText('Fyll i det här fältet.')).toBeVisible();
  await question.fill(ANALYSIS);
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();

  // The CEMR page shows the goal under article 11, with its status, the gap against its target and the analysis.
  await signInAs(page, PEOPLE.strategist.name);
  await page.goto('/cemr');
  const section = page.getByRole('region', { name: 'Artikel 11: Arbetsgivarrollen' });
  const row = section.getByRole('row', { name: new RegExp(goal.title) });
  await expect(row).toContainText(indicator.name);
  await expect(row).toContainText('högst 1');
  await expect(row).toContainText('✗ inte uppfyllt');
  await expect(row).toContainText(ANALYSIS);
  await expect(page.getByRole('heading', { name: 'Artiklar som inget är kopplat till' })).toBeVisible();
  await expect(page.getByText(/^Källa: Europeisk deklaration om jämställdhet/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera tabellerna (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Arbetsgivarrollen');
  expect(csv).toContain(goal.title);
  expect(csv).toContain(ANALYSIS);
  // Printed as an attachment: the articles without the page's own controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByLabel('Uppföljningsperiod')).toBeHidden();
  await expect(section).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Jämställdhet: the targets for women and men, in words; the trend draws the gap and its target.
  await page.goto(`/equality?plan=${indicator.planId}`);
  const equalityRow = page.getByRole('row', { name: new RegExp(indicator.name) });
  await expect(equalityRow).toContainText(/kvinnor 65 \d{4}: . (inte )?uppfyllt/);
  await expect(equalityRow).toContainText(/män 65 \d{4}: . (inte )?uppfyllt/);
  await equalityRow.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Skillnaden mellan kvinnor och män' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Mål för kvinnor och män/ })).toContainText('högst 1 (2027)');

  // Agenda 2030: goal 5, then target 5.5.
  await page.goto('/agenda-2030');
  const five = page.getByRole('region', { name: 'Mål 5: Jämställdhet' });
  await expect(
    five.getByRole('region', { name: /^Delmål 5\.5:/ }).getByRole('row', { name: new RegExp(goal.title) }),
  ).toBeVisible();

  // The overview filtered by the article shows the goal's plan, and the widened gap with its analysis.
  await page.goto('/overview');
  await page
    .getByLabel('CEMR-artikel eller Agenda 2030')
    .selectOption({ label: 'Artikel 11: Arbetsgivarrollen' });
  await expect(page).toHaveURL(/tag=cemr(:|%3A)11/);
  const widened = page.getByRole('region', { name: 'Skillnader mellan kvinnor och män som har ökat' });
  await expect(widened.getByRole('row', { name: new RegExp(indicator.name) })).toContainText(ANALYSIS);
  await expectNoAxeViolations(page);
});

for (const language of ['sv', 'en'] as const) {
  test(`the CEMR and Agenda 2030 pages of the demo are full and accessible (${language})`, async ({
    page,
  }) => {
    await startSignedIn(page, PEOPLE.committee.id, language);
    await page.goto('/overview');
    await page.getByRole('link', { name: language === 'sv' ? 'CEMR-uppföljning' : 'CEMR follow-up' }).click();
    await expect(page).toHaveURL(/\/cemr\?/);
    const employer = language === 'sv' ? 'Artikel 11: Arbetsgivarrollen' : 'Article 11: Employer role';
    await expect(page.getByRole('region', { name: employer })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/agenda-2030');
    const equality = language === 'sv' ? 'Mål 5: Jämställdhet' : 'Goal 5: Gender equality';
    await expect(page.getByRole('region', { name: equality })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
