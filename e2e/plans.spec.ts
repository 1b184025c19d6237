import { expect, test } from '@playwright/test';
import { PEOPLE, startSignedIn } from './support/session';

test('a strategist creates and edits an action plan, with messages next to the fields', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans');
  await page.getByRole('link', { name: 'Ny handlingsplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny handlingsplan' })).toBeVisible();

  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Fyll i det här fältet.')).toBeVisible();
  await expect(page.getByLabel('Namn')).toBeFocused();

  await page.getByLabel('Namn').fill('Handlingsplan för trygghet <b>2027</b>');
  await page.getByRole('combobox', { name: 'Tema' }).click();
  await page.getByRole('option', { name: 'Övrigt' }).click();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Antagen' }).click();
  await page.getByLabel('Gäller till (år)').fill('2020');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Året kan inte vara före startåret.')).toBeVisible();
  await expect(page.getByText('Fyll i det här fältet.')).toBeVisible();

  await page.getByLabel('Gäller till (år)').fill('2030');
  await page.getByLabel('Antagen (datum)').fill('2026-11-20');
  await page.getByLabel('Diarienummer').fill('KS 2026/00999');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByText('”Handlingsplan för trygghet <b>2027</b>” är sparad.')).toBeVisible();
  const heading = page.getByRole('heading', { level: 2, name: 'Handlingsplan för trygghet <b>2027</b>' });
  await expect(heading).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);

  await page.getByRole('link', { name: 'Ändra Handlingsplan för trygghet <b>2027</b>' }).click();
  await expect(page.getByLabel('Namn')).toHaveValue('Handlingsplan för trygghet <b>2027</b>');
  await page.getByLabel('Beskrivning').fill('Trygghet i offentliga miljöer.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByText('Trygghet i offentliga miljöer.')).toBeVisible();
});

test('leaving a form with unsaved changes asks first', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/new');
  await page.getByLabel('Namn').fill('Halvfärdig plan');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('link', { name: 'Tillbaka till handlingsplanerna' }).click();
  await expect(page).toHaveURL(/\/plans\/new$/);
  await expect(page.getByLabel('Namn')).toHaveValue('Halvfärdig plan');
});

test('a committee member cannot open the plan form', async ({ page }) => {
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/plans');
  await expect(page.getByRole('link', { name: 'Ny handlingsplan' })).toHaveCount(0);
  await page.goto('/plans/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
});
