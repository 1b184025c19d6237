import { expect, test } from './support/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { PEOPLE, startSignedIn } from './support/session';

const seed = buildDemoSeed(new Date());
const open = seed.periods.find((p) => p.state === 'open')!;
const nextYear = new Date().getFullYear() + 1;

test('a strategist creates next year’s periods in one action, and a second time nothing is created', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Perioder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uppföljningsperioder' })).toBeVisible();
  // The columns say what each holds ("Period | Omfattar", not "Period | Perioden").
  await expect(page.getByRole('columnheader')).toContainText(['Period', 'Omfattar', 'Öppnar', 'Sista dag']);

  await page.getByLabel('År', { exact: true }).fill('tjugo');
  await page.getByRole('button', { name: 'Skapa Tertial 1, Delår och Helår' }).click();
  await expect(page.getByText('Skriv ett tal, till exempel 12,5 eller 1 234.')).toBeVisible();
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('tjugo');

  await page.getByLabel('År', { exact: true }).fill(String(nextYear));
  await page.getByRole('button', { name: 'Skapa Tertial 1, Delår och Helår' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `3 perioder för ${nextYear} är skapade.` }),
  ).toBeVisible();
  for (const name of [`Tertial 1 ${nextYear}`, `Delår ${nextYear}`, `Helår ${nextYear}`]) {
    await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Skapa Tertial 1, Delår och Helår' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Perioderna för ${nextYear} finns redan. Inget har skapats.` }),
  ).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Helår ${nextYear}`, exact: true })).toHaveCount(1);
});

test('closing a period needs a confirmation and locks its reports; reopening unlocks them', async ({
  page,
}) => {
  const draft = seed.reports.find(
    (r) => r.periodId === open.id && r.departmentId === 'uaf' && r.state === 'draft',
  )!;
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/periods');
  await page.getByRole('button', { name: `Stäng ${open.name}` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(`Stänga ${open.name}? Alla rapporter i perioden låses.`);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${open.name} är stängd och rapporterna är låsta.` }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('button', { name: `Logga in som ${PEOPLE.departmentHead.name}` }).click();
  // Signed in (the session is stored) before going on by address.
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await page.goto(`/reporting/${open.id}/${draft.goalId}/uaf`);
  await expect(page.getByText('Perioden är stängd och rapporterna är låsta.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skicka in' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('button', { name: `Logga in som ${PEOPLE.strategist.name}` }).click();
  // Signed in (the session is stored) before going on by address.
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await page.goto('/periods');
  // Reopening is the quiet, secondary action (a text button, not outlined like "Stäng").
  await expect(page.getByRole('button', { name: `Återöppna ${open.name}` })).not.toHaveClass(
    /mat-mdc-outlined-button/,
  );
  await page.getByRole('button', { name: `Återöppna ${open.name}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Återöppna' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${open.name} är återöppnad.` })).toBeVisible();
});

test('a strategist creates a custom period; dates out of order are refused next to the field', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/periods');
  await page.getByRole('link', { name: 'Skapa en egen period' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny egen period' })).toBeVisible();
  await page.getByLabel('Namn').fill('Extra uppföljning sommaren 2031');
  await page.getByLabel('Perioden börjar').fill('2031-06-01');
  await page.getByLabel('Perioden slutar').fill('2031-05-01');
  await page.getByLabel('Rapporteringen öppnar').fill('2031-08-20');
  await page.getByLabel('Sista dag att rapportera').fill('2031-08-10');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Datumet kan inte vara före det föregående datumet.')).toHaveCount(2);
  await page.getByLabel('Perioden slutar').fill('2031-08-15');
  await page.getByLabel('Sista dag att rapportera').fill('2031-09-10');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/periods$/);
  await expect(page.getByRole('rowheader', { name: 'Extra uppföljning sommaren 2031' })).toBeVisible();
});

test('in English the generated period names are English, and switching back gives the Swedish ones', async ({
  page,
}) => {
  const annual = seed.periods.find((p) => p.kind === 'annual' && p.state === 'open')!;
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/periods');
  await expect(page.getByRole('rowheader', { name: `Helår ${annual.year}` })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up periods' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Full year ${annual.year}` })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Interim ${annual.year}` })).toBeVisible();
  await expect(page.getByRole('columnheader')).toContainText(['Period', 'Covers']);
  await expect(page.getByText(/Helår|Delår|Tertial 1/)).toHaveCount(0);

  await page.goto('/overview');
  await expect(page.getByLabel('Follow-up period', { exact: true })).toContainText(
    `Full year ${annual.year}`,
  );
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByLabel('Uppföljningsperiod', { exact: true })).toContainText(`Helår ${annual.year}`);
});

test.describe('in a browser set to American English', () => {
  test.use({ locale: 'en-US' });

  test('dates are typed and shown as 2031-06-01, with the format beside the field and a clear message', async ({
    page,
  }) => {
    await startSignedIn(page, PEOPLE.strategist.id);
    await page.goto('/periods/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Ny egen period' })).toBeVisible();
    const starts = page.getByLabel('Perioden börjar');
    await expect(starts).toHaveAttribute('type', 'text');
    await expect(page.getByText('ÅÅÅÅ-MM-DD, till exempel 2026-12-10').first()).toBeVisible();
    await starts.fill('06/01/2031');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText('Skriv ett datum som ÅÅÅÅ-MM-DD.').first()).toBeVisible();
    await expect(starts).toHaveValue('06/01/2031');
    await page.goto('/periods');
    await expect(
      page.getByRole('cell', { name: /^\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/ }).first(),
    ).toBeVisible();
  });
});

test('a confirmation holds the keyboard: focus moves into it, Tab stays inside, Escape cancels and gives focus back', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/periods');
  const close = page.getByRole('button', { name: `Stäng ${open.name}` });
  await close.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', {
    name: `Stänga ${open.name}? Alla rapporter i perioden låses.`,
  });
  await expect(dialog.getByRole('button', { name: 'Stäng' })).toBeFocused();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(close).toBeFocused();
  // Nothing changed: the period is still open.
  await expect(close).toBeVisible();
});

test('opening the next period while one is open says so, and the open one keeps its work on Min rapportering and Granska', async ({
  page,
}) => {
  // The oldest submitted report of the open period: first in the review queue.
  const waiting = seed.reports
    .filter((r) => r.periodId === open.id && r.state === 'submitted')
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))[0];
  const waitingTitle =
    waiting.subjectType === 'activity'
      ? seed.activities.find((a) => a.id === waiting.subjectId)!.title
      : seed.goals.find((g) => g.id === waiting.goalId)!.title;
  const next = `Tertial 1 ${nextYear}`;

  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/periods');
  await page.getByLabel('År', { exact: true }).fill(String(nextYear));
  await page.getByRole('button', { name: 'Skapa Tertial 1, Delår och Helår' }).click();
  await page.getByRole('button', { name: `Öppna ${next}` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(`${open.name} är också öppen och förblir det`);
  await dialog.getByRole('button', { name: 'Öppna' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${next} är öppen.` })).toBeVisible();

  // The review queue still holds the open period's submitted reports, marked with their period.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: /Granska/ })
    .click();
  const card = page.getByRole('article', { name: waitingTitle }).first();
  await expect(card).toBeVisible();
  await expect(card).toContainText(open.name);

  // A department head sees both periods, the one with work due first, and can switch.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('button', { name: `Logga in som ${PEOPLE.departmentHead.name}` }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await page.goto('/reporting');
  const periods = page.getByRole('navigation', { name: 'Öppna perioder' });
  await expect(periods).toContainText('2 perioder är öppna samtidigt');
  await expect(periods.getByRole('link', { name: new RegExp(`^${open.name}`) })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`^${open.name} · sista dag`) }),
  ).toBeVisible();
  // Its reports link into that period (the returned ones first).
  await expect(page.locator(`main a[href^="/reporting/${open.id}/"]`).first()).toBeVisible();

  await periods.getByRole('link', { name: new RegExp(`^${next}`) }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`^${next} · sista dag`) }),
  ).toBeVisible();
  await expect(page).toHaveURL(/period=/);
  await expect(page.locator(`main a[href^="/reporting/${open.id}/"]`)).toHaveCount(0);
});
