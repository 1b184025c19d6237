import { expect, test } from '@playwright/test';
import { PEOPLE, startSignedIn } from './support/session';

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(';')).join('\n'), 'utf8');
const HEADER = ['KPI', 'Kommun', 'År', 'Kön', 'Värde'];
const INDICATOR = 'Andel deltagare i arbete eller studier efter avslutad insats';

test('a strategist imports Kolada values; they show beside the indicator, split by gender', async ({
  page,
}) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans');
  await page.getByRole('link', { name: 'Importera värden från Kolada' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera värden från Kolada' })).toBeVisible();
  await page.getByLabel('Kolada-fil att importera (CSV eller Excel)').setInputFiles({
    name: 'kolada.csv',
    mimeType: 'text/csv',
    buffer: csv([
      HEADER,
      ['N00945', '1380', '2030', 'T', '47,5'],
      ['N00945', '1380', '2030', 'K', '49,1'],
      ['N00945', '1380', '2030', 'M', '45,8'],
      ['N00945', '1280', '2030', 'T', '40'],
      ['N99999', '1380', '2030', 'T', '1'],
    ]),
  });
  await expect(page.getByText('Allt ser bra ut: 1 värde importeras')).toBeVisible();
  await expect(page.getByText('1 rad gäller en annan kommun och hoppas över.')).toBeVisible();
  await expect(page.getByText('Nyckeltal som ingen indikator använder hoppas över: N99999.')).toBeVisible();
  await page.getByRole('button', { name: 'Importera 1 värde', exact: true }).click();
  await expect(page.getByText('1 värde från Kolada är importerat.')).toBeVisible();

  await page.goto('/plans/plan-integration');
  const row = page.getByRole('row', { name: new RegExp(INDICATOR) });
  await expect(row).toContainText('47,5 % (2030)');
  await expect(row).toContainText('kvinnor 49,1, män 45,8');
});

test('a Kolada file with a bad row imports nothing and names the row', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto('/plans/kolada');
  await page.getByLabel('Kolada-fil att importera (CSV eller Excel)').setInputFiles({
    name: 'kolada.csv',
    mimeType: 'text/csv',
    buffer: csv([HEADER, ['N00945', '1380', '2031', 'T', '47,5'], ['N00945', '1380', '2031', 'X', '1']]),
  });
  await expect(page.getByText('1 rad har fel (rad 3).')).toBeVisible();
  await expect(page.getByRole('row', { name: /^3 Kön/ })).toContainText('Välj ett av alternativen.');
  await expect(page.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
  await page.goto('/plans/plan-integration');
  await expect(page.getByRole('row', { name: new RegExp(INDICATOR) })).not.toContainText('(2031)');
});
