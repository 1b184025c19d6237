import { expect, Page, test } from '@playwright/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { PEOPLE, startSignedIn } from './support/session';

/**
 * Bad input at every record form and import: a clear message next to the field, what was typed
 * kept, nothing half-written, and HTML or script shown as text, never run.
 */
const seed = buildDemoSeed(new Date());
const goal = seed.goals.find((g) => g.planId === 'plan-integration')!;
const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const LONG = 'å'.repeat(10_001);

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Spara' }).click();
}

/** Each form: where it is, and its required name field. */
const FORMS: [string, string, string, 'strategist' | 'admin'][] = [
  ['plan', '/plans/new', 'Namn', 'strategist'],
  ['focus area', '/plans/plan-integration/focus-areas/new', 'Namn', 'strategist'],
  ['goal', `/plans/plan-integration/goals/new?focusArea=${goal.focusAreaId}`, 'Mål', 'strategist'],
  ['indicator', `/plans/plan-integration/goals/${goal.id}/indicators/new`, 'Namn', 'strategist'],
  ['activity', `/plans/plan-integration/goals/${goal.id}/activities/new`, 'Aktivitet', 'strategist'],
  ['custom period', '/periods/new', 'Namn', 'strategist'],
  ['department', '/admin/departments/new', 'Namn', 'admin'],
  ['person', '/admin/people/new', 'Namn', 'admin'],
];

for (const [name, path, field, who] of FORMS) {
  test(`the ${name} form: whitespace and 10 000 characters get messages and are kept`, async ({ page }) => {
    await startSignedIn(page, PEOPLE[who].id);
    await page.goto(path);
    const input = page.getByLabel(field, { exact: true });
    await input.fill('   ');
    await save(page);
    await expect(page.getByText('Fyll i det här fältet.').first()).toBeVisible();
    await expect(input).toBeFocused();
    await input.fill(LONG);
    await save(page);
    await expect(page.getByText(/Texten är för lång: högst \d+ tecken \(nu 10\s001\)\./)).toBeVisible();
    await expect(input).toHaveValue(LONG);
    expect(page.url()).toContain(path.split('?')[0]);
  });
}

test('HTML and script typed into names are stored and shown as text, never run', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/plans/plan-integration/focus-areas/new');
  await page.getByLabel('Namn', { exact: true }).fill(SCRIPT);
  await save(page);
  await expect(page.getByRole('heading', { level: 2, name: SCRIPT })).toBeVisible();
  await page.getByRole('link', { name: `Nytt mål i ${SCRIPT}` }).click();
  await page.getByLabel('Mål', { exact: true }).fill(`Mål ${SCRIPT}`);
  await page.getByRole('combobox', { name: 'Ansvarig förvaltning' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Socialförvaltningen', exact: true }).click();
  await save(page);
  await expect(page.getByRole('heading', { level: 3, name: `Mål ${SCRIPT}` })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('numbers that are not numbers, negative budgets and huge values are refused by name', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto(`/plans/plan-integration/goals/${goal.id}/activities/new`);
  await page.getByLabel('Aktivitet', { exact: true }).fill('Språkcafé');
  await page.getByRole('combobox', { name: 'Ansvarig förvaltning' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Socialförvaltningen', exact: true }).click();
  await page.getByLabel('Startdatum').fill('2027-01-01');
  await page.getByLabel('Slutdatum').fill('2027-06-30');
  const budget = page.getByLabel('Budget (kr)');
  const cases: [string, RegExp][] = [
    ['NaN', /Skriv ett tal/],
    ['Infinity', /Skriv ett tal/],
    ['12 kr', /Skriv ett tal/],
    ['1e9', /Skriv ett tal/],
    ['-5 000', /Värdet får inte vara mindre än 0\./],
    ['9 999 999 999 999', /Värdet är för stort/],
  ];
  for (const [typed, message] of cases) {
    await budget.fill(typed);
    await save(page);
    await expect(page.getByText(message)).toBeVisible();
    await expect(budget).toHaveValue(typed);
  }
  await budget.fill('12 500,50');
  await save(page);
  await expect(page.getByRole('table', { name: `Aktiviteter för ${goal.title}` })).toContainText(
    '12 500,5 kr',
  );
});

test.describe('imports', () => {
  const upload = (page: Page, name: string, buffer: Buffer) =>
    page
      .getByLabel('Fil att importera (CSV eller Excel)')
      .setInputFiles({ name, mimeType: 'text/csv', buffer });
  const HEADER = 'Insatsområde;Mål;Ansvarig förvaltning';

  test.beforeEach(async ({ page }) => {
    await startSignedIn(page, PEOPLE.strategist.id);
    await page.goto('/plans/plan-integration/import');
  });

  test('an empty file', async ({ page }) => {
    await upload(page, 'tom.csv', Buffer.alloc(0));
    await expect(page.getByText('Filen är tom: den har inga rader att importera.')).toBeVisible();
    await expect(page.getByText('Ingenting har importerats.')).toBeVisible();
  });

  test('missing columns are named', async ({ page }) => {
    await upload(page, 'fel.csv', Buffer.from('Mål;Värde\nA;1\n'));
    await expect(page.getByText('Kolumnen ”Insatsområde” saknas i filen.')).toBeVisible();
    await expect(page.getByText('Kolumnen ”Ansvarig förvaltning” saknas i filen.')).toBeVisible();
  });

  test('Latin-1 (Windows-1252) with å, ä and ö is read correctly', async ({ page }) => {
    const text = `${HEADER}\nTrygghet i Söder;Fler känner sig trygga på kvällen;Socialförvaltningen\n`;
    await upload(page, 'latin1.csv', Buffer.from(text, 'latin1'));
    const preview = page.getByRole('table', { name: 'Förhandsvisning av latin1.csv' });
    await expect(preview).toContainText('Fler känner sig trygga på kvällen');
    await expect(preview).toContainText('Trygghet i Söder');
  });

  test('50 000 rows are refused as a whole, quickly, with the limit named', async ({ page }) => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `Område;Mål ${i};Socialförvaltningen`);
    await upload(page, 'stor.csv', Buffer.from([HEADER, ...rows].join('\n')));
    await expect(
      page.getByText(/Filen har 50\s000 rader; högst 2000 kan importeras åt gången\./),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
  });

  test('a binary file renamed to .xlsx', async ({ page }) => {
    await upload(page, 'bild.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]));
    await expect(
      page.getByText('Filen kunde inte läsas. Använd CSV (UTF-8) eller Excel (.xlsx).'),
    ).toBeVisible();
  });

  test('script in a cell is previewed as text', async ({ page }) => {
    await upload(
      page,
      'skript.csv',
      Buffer.from(`${HEADER}\nOmråde;${SCRIPT.replace(/;/g, ',')};Socialförvaltningen\n`),
    );
    await expect(page.getByRole('table', { name: 'Förhandsvisning av skript.csv' })).toContainText(
      '<script>',
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
