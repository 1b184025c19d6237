import { Page } from '@playwright/test';
import { expect, SLOW_MACHINE, test } from './support/test';
import { PEOPLE, startSignedIn } from './support/session';

async function choose(page: Page, label: string, option: string): Promise<void> {
  // By keyboard, as many do: focus the field and open it with Enter.
  await page.getByRole('combobox', { name: label }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Spara' }).click();
}

test('a strategist builds a plan: two focus areas, three goals, a gender-split indicator and an activity', async ({
  page,
}, testInfo) => {
  // Some forty forms and pages: 18 s on an idle machine, a minute with the CPU slowed six times
  // on a busy one; the limit stays well above either (the slow-machine project's is six times).
  test.setTimeout(testInfo.project.name === SLOW_MACHINE ? testInfo.timeout : 120_000);
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/new');
  await page.getByLabel('Namn').fill('Handlingsplan för trygghet');
  await save(page);
  await expect(page).toHaveURL(/\/plans$/);
  await page.getByRole('link', { name: 'Handlingsplan för trygghet', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan för trygghet' })).toBeVisible();
  await expect(page.getByText('Planen har inga insatsområden ännu.')).toBeVisible();

  for (const area of ['Trygga offentliga miljöer', 'Mäns våld mot kvinnor']) {
    await page.getByRole('link', { name: 'Nytt insatsområde' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nytt insatsområde' })).toBeVisible();
    await page.getByLabel('Namn').fill(area);
    await save(page);
    await expect(page.getByRole('heading', { level: 2, name: area })).toBeVisible();
  }

  const goals: [string, string][] = [
    ['Trygga offentliga miljöer', 'Fler känner sig trygga i centrum'],
    ['Trygga offentliga miljöer', 'Bättre belysning på gång- och cykelvägar'],
    ['Mäns våld mot kvinnor', 'Fler våldsutsatta får stöd'],
  ];
  for (const [area, goal] of goals) {
    await page.getByRole('link', { name: `Nytt mål i ${area}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nytt mål' })).toBeVisible();
    // Nothing typed yet: the messages sit next to the fields and nothing is saved.
    await save(page);
    await expect(page.getByText('Fyll i det här fältet.').first()).toBeVisible();
    await page.getByLabel('Mål', { exact: true }).fill(goal);
    await choose(page, 'Ansvarig förvaltning', 'Socialförvaltningen');
    await page.getByLabel('Målår').fill('20x0');
    await save(page);
    await expect(page.getByText('Skriv ett tal, till exempel 12,5 eller 1 234.')).toBeVisible();
    await expect(page.getByLabel('Målår')).toHaveValue('20x0');
    await page.getByLabel('Målår').fill('2030');
    await save(page);
    await expect(page.getByText(`”${goal}” är sparad.`)).toBeVisible();
    const section = page.getByRole('region', { name: area });
    // The plan page opens at the new goal, with its "Ny indikator" and "Ny aktivitet" beside it.
    await expect(page).toHaveURL(/#goal-/);
    await expect(section.getByRole('heading', { level: 3, name: goal })).toBeFocused();
  }

  // A gender-disaggregated indicator, with bad numbers first.
  await page.getByRole('link', { name: 'Ny indikator för Fler känner sig trygga i centrum' }).click();
  await page.getByLabel('Namn').fill('Andel som känner sig trygga');
  await page.getByLabel('Enhet').fill('%');
  await page.getByLabel('Utgångsvärde').fill('61,5');
  await page.getByLabel('Utgångsår').fill('2024');
  await page.getByLabel('Målvärde', { exact: true }).fill('abc');
  await page.getByLabel('Målvärdesår').fill('2022');
  await page.getByLabel('Kolada-id').fill('U07');
  await save(page);
  await expect(page.getByText('Skriv ett tal, till exempel 12,5 eller 1 234.')).toBeVisible();
  await expect(page.getByText('Året kan inte vara före startåret.')).toBeVisible();
  await expect(page.getByText('Ett Kolada-id ser ut som N00945 eller U00405.')).toBeVisible();
  await expect(page.getByLabel('Målvärde', { exact: true })).toHaveValue('abc');
  await page.getByLabel('Målvärde', { exact: true }).fill('75');
  await page.getByLabel('Målvärdesår').fill('2030');
  await page.getByLabel('Kolada-id').fill('');
  await page.getByLabel('Källa').fill('Trygghetsundersökning');
  await expect(page.getByRole('checkbox', { name: 'Könsuppdelad' })).toBeChecked();
  await save(page);
  const indicators = page.getByRole('table', { name: 'Indikatorer för Fler känner sig trygga i centrum' });
  await expect(indicators.getByRole('rowheader', { name: /Andel som känner sig trygga/ })).toContainText(
    'Könsuppdelad',
  );
  await expect(indicators).toContainText('61,5 % (2024)');

  // An activity; the end date before the start is refused next to the field.
  await page.getByRole('link', { name: 'Ny aktivitet för Fler känner sig trygga i centrum' }).click();
  await page.getByLabel('Aktivitet', { exact: true }).fill('Trygghetsvandringar med boende');
  await choose(page, 'Ansvarig förvaltning', 'Samhällsbyggnadskontoret');
  await page.getByLabel('Ansvarig person').fill('Lena Ek');
  await page.getByLabel('Startdatum').fill('2027-03-01');
  await page.getByLabel('Slutdatum').fill('2027-02-01');
  await page.getByLabel('Budget (kr)').fill('150 000');
  await save(page);
  await expect(page.getByText('Datumet kan inte vara före det föregående datumet.')).toBeVisible();
  await page.getByLabel('Slutdatum').fill('2027-10-31');
  await save(page);
  const activities = page.getByRole('table', { name: 'Aktiviteter för Fler känner sig trygga i centrum' });
  await expect(activities).toContainText('Trygghetsvandringar med boende');
  await expect(activities).toContainText('Samhällsbyggnadskontoret (Lena Ek)');
  await expect(activities).toContainText('150 000 kr');
  await expect(activities).toContainText('Ej rapporterad');

  // Move a goal to the other focus area through its form.
  await page.getByRole('link', { name: 'Ändra målet Bättre belysning på gång- och cykelvägar' }).click();
  await choose(page, 'Insatsområde', 'Mäns våld mot kvinnor');
  await save(page);
  await expect(
    page
      .getByRole('region', { name: 'Mäns våld mot kvinnor' })
      .getByRole('heading', { level: 3, name: 'Bättre belysning på gång- och cykelvägar' }),
  ).toBeVisible();

  // Reorder: the second focus area first.
  await page.getByRole('button', { name: 'Flytta upp Mäns våld mot kvinnor' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Mäns våld mot kvinnor');

  // Remove a focus area with goals: the confirmation says what happens to them.
  await page.getByRole('button', { name: 'Ta bort insatsområdet Mäns våld mot kvinnor' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Ta bort insatsområdet ”Mäns våld mot kvinnor”?' });
  await expect(dialog).toContainText('Insatsområdet har 2 mål.');
  await expect(dialog.getByRole('radio', { name: 'Flytta de 2 målen till' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Ta bort insatsområdet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mäns våld mot kvinnor' })).toHaveCount(0);
  const remaining = page.getByRole('region', { name: 'Trygga offentliga miljöer' });
  await expect(remaining.getByRole('heading', { level: 3 })).toHaveCount(3);

  // All of it survives a reload (it is stored, not just shown).
  await page.reload();
  await expect(remaining.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(
    page.getByRole('table', { name: 'Indikatorer för Fler känner sig trygga i centrum' }),
  ).toBeVisible();
});

/** A CSV as Swedish Excel saves it: semicolons, BOM, decimal commas. */
function csv(rows: string[][]): Buffer {
  return Buffer.from('\ufeff' + rows.map((r) => r.join(';')).join('\r\n'), 'utf8');
}
const HEADER = [
  'Insatsområde',
  'Mål',
  'Målbeskrivning',
  'Ansvarig förvaltning',
  'Bidragande förvaltningar',
  'Målår',
  'Indikator',
  'Enhet',
  'Utgångsvärde',
  'Utgångsår',
  'Målvärde',
  'Målvärdesår',
  'Riktning',
  'Källa',
  'Kolada-id',
  'Könsuppdelad',
];
const goalRow = (n: number, overrides: Partial<Record<string, string>> = {}) => {
  const values: Record<string, string> = {
    Insatsområde: n <= 10 ? 'Arbete och egen försörjning' : 'Importerat område',
    Mål: `Importerat mål ${n}`,
    'Ansvarig förvaltning': 'UAF',
    'Bidragande förvaltningar': 'Socialförvaltningen',
    Målår: '2030',
    Indikator: `Indikator ${n}`,
    Enhet: '%',
    Utgångsvärde: '40,5',
    Utgångsår: '2024',
    Målvärde: '60',
    Målvärdesår: '2030',
    Riktning: 'öka',
    'Kolada-id': 'N00945',
    Könsuppdelad: 'ja',
    ...overrides,
  };
  return HEADER.map((h) => values[h] ?? '');
};

test('a strategist imports 20 goals from CSV after a preview, all at once', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/plan-integration');
  await page.getByRole('link', { name: 'Importera mål från fil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera mål och indikatorer' })).toBeVisible();
  const rows = Array.from({ length: 20 }, (_, i) => goalRow(i + 1));
  await page
    .getByLabel('Fil att importera (CSV eller Excel)')
    .setInputFiles({ name: 'mål.csv', mimeType: 'text/csv', buffer: csv([HEADER, ...rows]) });
  await expect(
    page.getByText('Allt ser bra ut: 20 mål, 20 indikatorer och 1 nytt insatsområde'),
  ).toBeVisible();
  const preview = page.getByRole('table', { name: 'Förhandsvisning av mål.csv' });
  await expect(preview.getByRole('row')).toHaveCount(21);
  await page.getByRole('button', { name: 'Importera 20 mål' }).click();
  await expect(page).toHaveURL(/\/plans\/plan-integration$/);
  await expect(page.getByText('20 mål och 20 indikatorer importerades.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Importerat område' }).getByRole('heading', { level: 3 }),
  ).toHaveCount(10);
  await expect(page.getByRole('heading', { level: 3, name: 'Importerat mål 7' })).toBeVisible();
});

test('a file with two bad rows imports nothing and names both rows', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/plan-integration/import');
  const rows = [
    goalRow(1),
    goalRow(2, { 'Ansvarig förvaltning': 'Okända förvaltningen' }),
    goalRow(3),
    goalRow(4, { Utgångsvärde: '12a' }),
  ];
  await page
    .getByLabel('Fil att importera (CSV eller Excel)')
    .setInputFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: csv([HEADER, ...rows]) });
  await expect(page.getByText('2 rader har fel (rad 3, 5).')).toBeVisible();
  await expect(page.getByText('Ingenting har importerats.')).toBeVisible();
  const problems = page.getByRole('table', { name: 'Fel i fel.csv' });
  await expect(problems.getByRole('row', { name: /^3 Ansvarig förvaltning/ })).toContainText(
    'Det finns ingen förvaltning som heter ”Okända förvaltningen”.',
  );
  await expect(problems.getByRole('row', { name: /^5 Utgångsvärde/ })).toContainText('Skriv ett tal');
  await expect(page.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
  await page.goto('/plans/plan-integration');
  await expect(page.getByRole('heading', { level: 3, name: 'Importerat mål 1' })).toHaveCount(0);
});

test('the Excel template downloads and reads back as a preview; a binary file is refused', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/plan-integration/import');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Mall för Excel (.xlsx)' }).click();
  const file = await (await download).path();
  await page.getByLabel('Fil att importera (CSV eller Excel)').setInputFiles({
    name: 'mall.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: (await import('node:fs')).readFileSync(file),
  });
  await expect(page.getByText('Allt ser bra ut: 1 mål, 2 indikatorer och 0 nya insatsområden')).toBeVisible();

  await page.getByLabel('Fil att importera (CSV eller Excel)').setInputFiles({
    name: 'bild.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  });
  await expect(
    page.getByText('Filen kunde inte läsas. Använd CSV (UTF-8) eller Excel (.xlsx).'),
  ).toBeVisible();
});

test('department heads and committee members cannot reach the workspace pages', async ({ page }) => {
  await startSignedIn(page, PEOPLE.departmentHead.id);
  await page.goto('/plans/plan-integration');
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan för integration' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nytt insatsområde' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ta bort insatsområdet/ })).toHaveCount(0);
  for (const path of ['/plans/plan-integration/import', '/plans/plan-integration/goals/new']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  }
});

test('select menus show long department names whole, within the screen', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/plan-integration/goals/new');
  await page.getByRole('combobox', { name: 'Bidragande förvaltningar' }).focus();
  await page.keyboard.press('Enter');
  const option = page.getByRole('option', { name: 'Utbildnings- och arbetsmarknadsförvaltningen' });
  await expect(option).toBeVisible();
  const cut = await option
    .locator('.mdc-list-item__primary-text')
    .evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(cut).toBe(false);
  const box = await page.locator('.wide-select-panel').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test('a new goal in a plan running in the open period says before saving that a report falls due', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/plan-integration/goals/new');
  await expect(
    page.getByText(
      /En period är öppen: förvaltningarna som får målet får en rapport att lämna för Helår \d{4}, med sista dag \d{4}-\d{2}-\d{2}\./,
    ),
  ).toBeVisible();
  // Editing an existing goal says nothing of the kind.
  await page.goto('/plans/plan-integration');
  await page
    .getByRole('link', { name: /^Ändra målet / })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ändra mål' })).toBeVisible();
  await expect(page.getByText(/En period är öppen/)).toHaveCount(0);
});
