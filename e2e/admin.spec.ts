import { expect, test } from '@playwright/test';
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

  await page.getByRole('link', { name: 'Ny förvaltning' }).click();
  await page.getByLabel('Namn').fill('socialförvaltningen');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('”socialförvaltningen” finns redan.')).toBeVisible();
  await page.getByLabel('Namn').fill('Vård- och omsorgsförvaltningen');
  await page.getByLabel('Förkortning').fill('VOF');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('rowheader', { name: 'Vård- och omsorgsförvaltningen' })).toBeVisible();

  await page.getByRole('link', { name: 'Ny person' }).click();
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
  const row = page.getByRole('row', { name: /Kim Lindqvist/ });
  await expect(row).toContainText('kim.lindqvist@halmstad.example');
  await expect(row).toContainText('VOF');
  await expect(row).toContainText('Strateg');
});

test('only administrators reach the administration', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/admin/people/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
});
