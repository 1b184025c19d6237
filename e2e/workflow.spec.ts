import { expect, test } from './support/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { completeGenderFields } from './support/report-form';
import { pickUafDraft } from './support/demo-drafts';
import { PEOPLE, signInAs, startSignedIn } from './support/session';

test('submit, return with a comment, fix and resubmit, approve: locked with its whole history', async ({
  page,
}) => {
  const { goal, url } = pickUafDraft();
  // "Godkänn" is sent at once here (the undo window has its own test below).
  await page.addInitScript(() => localStorage.setItem('kompass.undoMs', '0'));
  await signInAs(page, PEOPLE.departmentHead.name);
  await page.goto(url);
  await page.getByLabel('Analys').fill('Första versionen av analysen.');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();

  await signInAs(page, PEOPLE.strategist.name);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granska' }).click();
  const item = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: goal.title }) })
    .filter({ hasText: 'Utbildnings- och arbetsmarknadsförvaltningen' });
  await item.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(item.getByText('Fyll i det här fältet.')).toBeVisible();
  await item.getByLabel('Kommentar till förvaltningen').fill('Beskriv skillnaden mellan kvinnor och män.');
  await item.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Rapporten om ”${goal.title}” är tillbakaskickad.` }),
  ).toBeVisible();

  await signInAs(page, PEOPLE.departmentHead.name);
  await page.goto('/reporting');
  await expect(page.getByRole('row', { name: new RegExp(goal.title) }).getByText('Återsänd')).toBeVisible();
  await page.goto(url);
  const returned = page.getByRole('region', { name: 'Rapporten har skickats tillbaka' });
  await expect(returned).toContainText('Beskriv skillnaden mellan kvinnor och män.');
  await page.getByLabel('Analys').fill('Andra versionen: kvinnor deltar mer än män.');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();

  await signInAs(page, PEOPLE.strategist.name);
  await page.goto('/review');
  const again = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: goal.title }) })
    .filter({ hasText: 'Andra versionen' });
  await again.getByRole('button', { name: 'Godkänn' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Rapporten om ”${goal.title}” är godkänd.` }),
  ).toBeVisible();

  await signInAs(page, PEOPLE.departmentHead.name);
  await page.goto(url);
  await expect(page.getByText('Rapporten kan inte ändras: den är Godkänd.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skicka in' })).toHaveCount(0);
  const history = page.getByRole('complementary').getByRole('list');
  for (const step of [
    'Inskickad av Mikael Öberg',
    'Återsänd av Samir Haddad',
    'Beskriv skillnaden mellan kvinnor och män.',
    'Godkänd av Samir Haddad',
  ]) {
    await expect(history).toContainText(step);
  }
  await expect(history.getByText('Inskickad av Mikael Öberg')).toHaveCount(2);
});

test('two tabs editing the same report: the second save gets a conflict, nothing is overwritten', async ({
  context,
}) => {
  const { url } = pickUafDraft();
  const first = await context.newPage();
  await first.addInitScript((id) => localStorage.setItem('kompass.session', id), PEOPLE.departmentHead.id);
  await first.goto(url);
  const second = await context.newPage();
  await second.goto(url);
  await expect(first.getByLabel('Analys')).toBeVisible();
  await expect(second.getByLabel('Analys')).toBeVisible();

  await first.getByLabel('Analys').fill('Skrivet i första fliken.');
  await expect(first.getByRole('status').filter({ hasText: /Sparat \d{4}/ })).toBeVisible();

  await second.getByLabel('Nästa steg').fill('Skrivet i andra fliken.');
  const alert = second.getByRole('alert');
  await expect(alert).toContainText(/Rapporten har ändrats av Mikael Öberg \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(second.getByLabel('Nästa steg')).toHaveValue('Skrivet i andra fliken.');
  await alert.getByRole('button', { name: 'Visa den andra versionen' }).click();
  await expect(alert).toContainText('Skrivet i första fliken.');

  // The first tab's text is what is stored.
  await first.reload();
  await expect(first.getByLabel('Analys')).toHaveValue('Skrivet i första fliken.');
});

test('a strategist reopens an approved report with a comment; the department can edit it again', async ({
  page,
}) => {
  const seed = buildDemoSeed(new Date());
  const period = seed.periods.find((p) => p.state === 'open')!;
  const approved = seed.reports.find(
    (r) => r.periodId === period.id && r.state === 'approved' && r.subjectType === 'goal',
  )!;
  const reporter = seed.members.find(
    (m) => m.roles.includes('reporter') && m.departmentIds.includes(approved.departmentId),
  )!;
  const url = `/reporting/${period.id}/${approved.goalId}/${approved.departmentId}`;

  await signInAs(page, PEOPLE.strategist.name);
  await page.goto(url);
  await expect(page.getByText('Rapporten kan inte ändras: den är Godkänd.')).toBeVisible();
  const reopen = page.getByRole('region', { name: 'Återöppna rapporten' });
  await reopen.getByRole('button', { name: 'Återöppna och skicka tillbaka' }).click();
  await expect(reopen.getByText('Fyll i det här fältet.')).toBeVisible();
  await reopen.getByLabel('Kommentar till förvaltningen').fill('Siffrorna för män saknas.');
  await reopen.getByRole('button', { name: 'Återöppna och skicka tillbaka' }).click();
  await expect(page.getByText('Rapporten kan inte ändras: den är Återsänd.')).toBeVisible();

  await signInAs(page, reporter.name);
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Rapporten har skickats tillbaka' })).toContainText(
    'Siffrorna för män saknas.',
  );
  await expect(page.getByRole('button', { name: 'Skicka in' })).toBeVisible();
});

test('copy forward: a new report starts from last period’s status and texts, with empty values', async ({
  page,
}) => {
  const seed = buildDemoSeed(new Date());
  const periods = [...seed.periods].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn),
  );
  const open = periods.findIndex((p) => p.state === 'open');
  const previousPeriod = periods[open - 1];
  // A goal and department with no report yet in the open period but one last period.
  const previous = seed.reports.find(
    (r) =>
      r.periodId === previousPeriod.id &&
      r.subjectType === 'goal' &&
      (r.state === 'approved' || r.state === 'submitted') &&
      !seed.reports.some(
        (o) => o.periodId === periods[open].id && o.goalId === r.goalId && o.departmentId === r.departmentId,
      ),
  )!;
  const reporter = seed.members.find(
    (m) => m.roles.includes('reporter') && m.departmentIds.includes(previous.departmentId),
  )!;
  await startSignedIn(page, reporter.id);
  await page.goto(`/reporting/${periods[open].id}/${previous.goalId}/${previous.departmentId}`);
  await expect(page.getByRole('complementary')).toContainText(previous.analysis);
  await page.getByRole('button', { name: 'Påbörja från förra periodens rapport' }).click();
  await expect(page.getByLabel('Analys')).toHaveValue(previous.analysis);
  await expect(page.getByLabel('Nästa steg')).toHaveValue(previous.nextSteps);
  for (const input of await page
    .getByRole('group', { name: /./ })
    .getByLabel(/Totalt/)
    .all()) {
    await expect(input).toHaveValue('');
  }

  // The copied texts are marked as copied, and submitting them unchanged asks first.
  await expect(page.getByText(`kopierade från ${previousPeriod.name}`)).toBeVisible();
  await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
  const confirm = page.getByRole('alert').filter({ hasText: `oförändrad sedan ${previousPeriod.name}` });
  await expect(confirm).toBeVisible();
  await expect(page.getByText('Rapporten är inskickad.')).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Uppdatera texten' }).click();
  await expect(page.getByLabel('Analys')).toBeFocused();
  await page.getByLabel('Analys').pressSequentially(' Läget i år: fler deltar.');
  // The next steps are still as copied: the mark stays until both describe this period.
  await expect(page.getByText(`kopierade från ${previousPeriod.name}`)).toBeVisible();
  await page.getByLabel('Nästa steg').fill('Följa upp deltagandet varje månad.');
  await expect(page.getByText(`kopierade från ${previousPeriod.name}`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();
});

test('a department head takes back a submitted report before it is reviewed: a draft again, with its history', async ({
  page,
}) => {
  const { url } = pickUafDraft();
  await signInAs(page, PEOPLE.departmentHead.name);
  await page.goto(url);
  await page.getByLabel('Analys').fill('Skickades in för tidigt.');
  await completeGenderFields(page);
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();

  await page.getByRole('button', { name: 'Ta tillbaka' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Rapporten är tagen tillbaka och är ett utkast igen.' }),
  ).toBeVisible();
  await expect(page.getByLabel('Analys')).toHaveValue('Skickades in för tidigt.');
  await expect(page.getByRole('button', { name: 'Ta tillbaka' })).toHaveCount(0);
  await expect(
    page.getByRole('list').filter({ hasText: `Tagen tillbaka av ${PEOPLE.departmentHead.name}` }),
  ).toBeVisible();

  // Changed and sent again, it is submitted once more (and can be taken back until reviewed).
  await page.getByLabel('Analys').fill('Nu med hela årets siffror.');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ta tillbaka' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Nu med hela årets siffror.')).toBeVisible();
});

test('the review queue: the number waiting in the menu, the values on each card, filters kept in the URL', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/review');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: /^Granska \d+ väntar$/ })).toBeVisible();
  const cards = page.getByRole('article');
  await expect(cards.first()).toBeVisible();
  // A report with figures shows them on its card: women, men, total and the gap.
  const values = page.getByRole('table', { name: /^Indikatorvärden i rapporten om/ }).first();
  await expect(values.getByRole('columnheader')).toContainText(['Indikator', 'Kvinnor', 'Män', 'Totalt']);

  const department = page.getByLabel('Förvaltning', { exact: true });
  const chosen = (await department.locator('option').nth(1).textContent())!.trim();
  await department.selectOption({ label: chosen });
  await expect(page).toHaveURL(/department=/);
  // Only that department's reports are left (each card names its department).
  await expect(cards.filter({ hasNotText: chosen })).toHaveCount(0);
  await expect(cards.first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Förvaltning', { exact: true })).toHaveValue(/.+/);
});

test('"Godkänn" can be taken back with "Ångra" for a few seconds; the report stays waiting', async ({
  page,
}) => {
  // A window long enough that the test, not the clock, decides when "Ångra" is pressed.
  await page.addInitScript(() => localStorage.setItem('kompass.undoMs', '600000'));
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/review');
  const card = page.getByRole('article').first();
  const title = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
  await card.getByRole('button', { name: 'Godkänn' }).click();
  await expect(card.getByRole('status')).toHaveText(`”${title}” godkänns om några sekunder.`);
  await card.getByRole('button', { name: 'Ångra' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Godkännandet av ”${title}” är ångrat.` }),
  ).toBeVisible();
  await expect(card.getByRole('button', { name: 'Godkänn' })).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { level: 2, name: title }) })
      .first(),
  ).toBeVisible();
});
