import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { exportDocuments, readExport } from '../src/app/domain/data-export';
import { PEOPLE, startSignedIn } from './support/session';

test('an administrator adds a department and a person with two roles; duplicates are refused', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.admin.id);
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Förvaltningar och personer' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förvaltningar och personer' })).toBeVisible();
  // In the demo, people are chosen on the sign-in page; the page says what saving means elsewhere.
  await expect(page.getByText(/I demoläget loggar man in genom att välja en person/)).toBeVisible();

  await page.getByRole('link', { name: 'Ny förvaltning' }).click();
  await page.getByLabel('Namn').fill('socialförvaltningen');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('”socialförvaltningen” finns redan.')).toBeVisible();
  await page.getByLabel('Namn').fill('Vård- och omsorgsförvaltningen');
  await page.getByLabel('Förkortning').fill('VOF');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('rowheader', { name: 'Vård- och omsorgsförvaltningen' })).toBeVisible();

  await page.getByRole('link', { name: 'Ny person' }).click();
  // Each role is explained where roles are chosen.
  await expect(page.getByText(/Strateg bygger planerna och granskar rapporterna\./)).toBeVisible();
  await page.getByLabel('Namn').fill('Kim Lindqvist');
  await page.getByLabel('E-postadress').fill('kim.lindqvist@');
  await page.getByLabel('Titel').fill('Förvaltningschef');
  await page.getByRole('combobox', { name: 'Roller' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Rapportör' }).click();
  await page.getByRole('option', { name: 'Strateg', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Skriv en giltig e-postadress.')).toBeVisible();
  await expect(page.getByText('Välj minst ett alternativ.')).toBeVisible();
  await page.getByLabel('E-postadress').fill('kim.lindqvist@halmstad.example');
  await page.getByRole('combobox', { name: 'Förvaltningar' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Vård- och omsorgsförvaltningen' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Spara' }).click();
  // Saving says what it means for the person (in the demo: they can be chosen at sign-in).
  await expect(
    page.getByText('”Kim Lindqvist” är sparad och finns nu att välja på inloggningssidan.'),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /Kim Lindqvist/ });
  await expect(row).toContainText('kim.lindqvist@halmstad.example');
  await expect(row).toContainText('VOF');
  await expect(row).toContainText('Strateg');
});

test('an administrator finds people by role and department; Back from a person keeps the search', async ({
  page,
}) => {
  const seed = buildDemoSeed(new Date());
  const kk = seed.departments.find((d) => d.shortName === 'KK')!;
  const strategists = seed.members
    .filter((m) => m.roles.includes('strategist') && m.departmentIds.includes(kk.id))
    .map((m) => m.name)
    .sort((a, b) => a.localeCompare(b, 'sv'));
  expect(strategists.length).toBeGreaterThan(0);

  await startSignedIn(page, PEOPLE.admin.id);
  await page.goto('/admin');
  const people = page.getByRole('region', { name: 'Personer' });
  await expect(people.getByRole('rowheader').first()).toBeVisible();
  // Typed key by key: each key updates the address, and the focus stays in the field.
  const search = people.getByRole('searchbox', { name: 'Sök person' });
  await search.pressSequentially('strateg kk');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('strateg kk');
  await expect(people.getByRole('rowheader')).toHaveText(
    strategists.map((name) => new RegExp(`^\\s*${name}`)),
  );
  await expect(people.getByRole('status')).toHaveText(
    strategists.length === 1
      ? '1 person matchar sökningen.'
      : `${strategists.length} personer matchar sökningen.`,
  );
  await expect(page).toHaveURL(/[?&]person=strateg(\+|%20)kk/);

  await people.getByRole('link', { name: `Ändra ${strategists[0]}` }).click();
  // The editor is its own page (loaded on first use): Back only once it is there.
  await expect(page.getByRole('heading', { level: 1, name: 'Ändra person' })).toBeVisible();
  await page.goBack();
  await expect(people.getByRole('searchbox', { name: 'Sök person' })).toHaveValue('strateg kk');
  await expect(people.getByRole('rowheader')).toHaveCount(strategists.length);

  await people.getByRole('searchbox', { name: 'Sök person' }).fill('ingen sådan person');
  await expect(people.getByRole('status')).toHaveText('Ingen person matchar sökningen.');
  await expect(people.getByRole('rowheader')).toHaveCount(0);
});

test('only administrators reach the administration', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/admin/people/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
});

test('an administrator downloads all data as one JSON file that the import script accepts', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.admin.id);
  await page.goto('/admin');
  // The page describes the action and points to the documentation, not to a script's file name.
  await expect(page.getByText(/driftdokumentationen \(README\)/)).toBeVisible();
  await expect(page.getByText(/\.mjs/)).toHaveCount(0);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Flytta till en egen installation' }),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner all data (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kompass-halmstad-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  const result = readExport(text);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const seed = buildDemoSeed(new Date());
  expect(result.data.goals.length).toBe(seed.goals.length);
  expect(result.data.members.length).toBe(seed.members.length);
  expect(result.data.reports.some((r) => r.state === 'draft')).toBe(true);
  const count = exportDocuments(result.data).length - 1;
  await expect(page.getByRole('status').filter({ hasText: 'Klart' })).toHaveText(
    `Klart: ${download.suggestedFilename()} med ${count.toLocaleString('sv-SE')} poster.`,
  );
});

test('a strategist cannot reach the export', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ladda ner all data (JSON)' })).toHaveCount(0);
});
