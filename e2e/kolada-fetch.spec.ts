import { readFileSync } from 'node:fs';
import { expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { PEOPLE, startSignedIn } from './support/session';

// Kolada's API, from the browser, against a local stand-in (e2e/support/kolada-stub.mjs) that
// answers as Kolada does: pages, a 429 first, a value Kolada has not published, a deleted row;
// then a revised value. The app is the production build whose config.json points at the stub.

const APP = `http://localhost:${Number(process.env.E2E_PORT ?? 4300) + 4}`;
const STUB = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4300) + 5}`;
const INDICATOR = 'Andel deltagare i arbete eller studier efter avslutad insats';
const today = new Intl.DateTimeFormat('sv-SE').format(new Date());

test.describe.configure({ mode: 'serial' });

async function fetchFromKolada(page: Page): Promise<void> {
  await page.goto(`${APP}/plans/kolada`);
  await expect(page.getByRole('heading', { level: 2, name: 'Hämta från Kolada' })).toBeVisible();
  await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
}

test('a strategist fetches the linked KPIs from Kolada: values with their source, saknas kept, a revision flagged', async ({
  page,
}) => {
  await fetch(`${STUB}/__reset`, { method: 'POST' });
  await startSignedIn(page, PEOPLE.strategist.id);
  // From the plan's page, for its indicators; the strategist chooses what to compare with: a
  // municipality group found in Kolada.
  await page.goto(`${APP}/plans/plan-integration`);
  await page.getByRole('link', { name: 'Hämta från Kolada' }).click();
  await expect(page).toHaveURL(/\/plans\/kolada\?plan=plan-integration/);
  await expect(
    page.getByText('Hämtningen gäller indikatorerna i Handlingsplan för integration.'),
  ).toBeVisible();
  await expect(page.getByText(/Ingen jämförelsegrupp är vald/)).toBeVisible();
  await page.getByLabel('Sök kommungrupp i Kolada (ord i namnet)').fill('liknande');
  await page.getByRole('button', { name: 'Sök kommungrupp' }).click();
  await page.getByRole('button', { name: 'Välj Liknande kommuner, Halmstad (stub)' }).click();
  await expect(
    page.getByText('Kommunen jämförs med Liknande kommuner, Halmstad (stub) (G124026)'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
  // The stub makes the first answer wait (429, Retry-After 1 s) and gives several pages.
  await expect(page.getByText(/Allt ser bra ut: \d+ värden importeras/)).toBeVisible({ timeout: 20_000 });
  await expect(
    page.getByText(/Värden som Kolada saknar \(sparas som ”saknas”, inte som 0\): \d+\./),
  ).toBeVisible();
  await expect(page.getByRole('table')).toContainText(`Värden från Kolada, hämtade ${today}. Källa: Kolada.`);
  const missing = page.getByRole('row', { name: new RegExp(`${INDICATOR} \\(N00945\\) 2023`) });
  await expect(missing).toContainText('saknas');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Importera \d+ värden$/ }).click();
  await expect(page.getByText(/\d+ värden från Kolada är importerade\./)).toBeVisible();

  await page.goto(`${APP}/plans/plan-integration`);
  const row = page.getByRole('row', { name: new RegExp(INDICATOR) });
  await expect(row).toContainText(`Källa: Kolada (N00945), hämtad ${today}`);

  // Beside the county and the whole country, as a table (and a chart).
  await page.goto(`${APP}/equality?plan=plan-integration`);
  const comparison = page.getByRole('table', {
    name: new RegExp(`${INDICATOR}, \\d{4}\\. Källa: Kolada \\(N00945\\), hämtad ${today}`),
  });
  await expect(comparison.getByRole('row')).toHaveText([
    /Område\s*Kvinnor\s*Män/,
    /^Halmstads kommun \(demo\)/,
    /^Länet/,
    /^Riket/,
    /^Liknande kommuner, Halmstad \(stub\)/,
  ]);
  await expect(page.getByRole('img', { name: new RegExp(`Stapeldiagram: ${INDICATOR}`) })).toBeVisible();
  await expectNoAxeViolations(page);
  // The export holds the comparison, each value with its source.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera tabellerna (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('Jämförelse med länet, riket och liknande kommuner (Kolada)');
  expect(csv).toMatch(
    new RegExp(
      `${INDICATOR};\\d{4};Länet;[\\d,]+;[\\d,]+;[−\\d,-]+;procentenheter;Källa: Kolada \\(N00945\\), hämtad ${today}`,
    ),
  );

  // Kolada revises a figure without notice; the next fetch says which. The group chosen before is
  // remembered with the values.
  await fetch(`${STUB}/__revise`, { method: 'POST' });
  await page.goto(`${APP}/plans/kolada?plan=plan-integration`);
  await expect(page.getByText(/Kommunen jämförs med Liknande kommuner, Halmstad \(stub\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
  await expect(page.getByText('Reviderade av Kolada sedan förra hämtningen: 1.')).toBeVisible({
    timeout: 20_000,
  });
  // The latest year: the one the plan's page shows.
  const latest = new Date().getFullYear();
  const revised = page.getByRole('row', { name: new RegExp(`${INDICATOR} \\(N00945\\) ${latest}`) });
  await expect(revised).toContainText('Reviderat av Kolada');
  await expect(revised).toContainText(/var totalt [\d,]+, kvinnor [\d,]+, män [\d,]+/);
  await page.getByRole('button', { name: /^Importera \d+ värden$/ }).click();
  await expect(page.getByText(/\d+ värden från Kolada är importerade\./)).toBeVisible();
  await page.goto(`${APP}/plans/plan-integration`);
  await expect(page.getByRole('row', { name: new RegExp(INDICATOR) })).toContainText('Reviderat av Kolada');
});

test('a fetch that fails writes nothing and says why', async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  // Link one indicator to a KPI whose server keeps failing.
  await page.goto(`${APP}/plans/plan-integration`);
  await page.getByRole('link', { name: `Ändra indikatorn ${INDICATOR}` }).click();
  await page.getByLabel('Kolada-id').fill('N99500');
  await page.getByRole('button', { name: 'Spara' }).click();
  // Saved: back on the plan's page with the new id.
  await expect(page.getByRole('row', { name: new RegExp(INDICATOR) })).toContainText('(N99500)');

  await fetchFromKolada(page);
  await expect(
    page.getByText('Kolada svarade med ett fel (HTTP 500). Försök igen senare. Ingenting har importerats.'),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: /^Importera/ })).toHaveCount(0);

  // A KPI Kolada does not have is named, before any value is asked for.
  await page.goto(`${APP}/plans/plan-integration`);
  await page.getByRole('link', { name: `Ändra indikatorn ${INDICATOR}` }).click();
  await page.getByLabel('Kolada-id').fill('N99999');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('row', { name: new RegExp(INDICATOR) })).toContainText('(N99999)');
  await fetchFromKolada(page);
  await expect(page.getByText(/Kolada har inte nyckeltalet N99999 \(längre\)/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a strategist links an indicator to a KPI found in Kolada's list", async ({ page }) => {
  await startSignedIn(page, PEOPLE.strategist.id);
  await page.goto(`${APP}/plans/plan-integration`);
  await page.getByRole('link', { name: `Ändra indikatorn ${INDICATOR}` }).click();
  const search = page.getByRole('search', { name: 'Sök nyckeltal i Kolada' });
  await search.getByLabel('Sök nyckeltal i Kolada (id eller ord i titeln)').fill('trygga');
  await search.getByLabel('Sök nyckeltal i Kolada (id eller ord i titeln)').press('Enter');
  await expect(page.getByText('Träffar i Kolada: 1.')).toBeVisible();
  const result = page.getByRole('listitem').filter({ hasText: 'N00090' });
  await expect(result).toContainText('Andel invånare som känner sig trygga');
  await expect(result).toContainText('Könsuppdelat (kvinnor och män) · publiceras 2026-04-15');
  await expectNoAxeViolations(page);
  await result.getByRole('button', { name: 'Välj N00090' }).click();
  await expect(page.getByLabel('Kolada-id')).toHaveValue('N00090');
  await expect(page.getByText('Vald: N00090 Andel invånare som känner sig trygga.')).toBeVisible();
  // Kolada's values become the official series: the plan's page measures the progress with them.
  await page.getByRole('combobox', { name: 'Officiell serie' }).click();
  await page.getByRole('option', { name: 'Koladas värden (kräver Kolada-id)' }).click();
  await page.getByRole('button', { name: 'Spara' }).click();
  const row = page.getByRole('row', { name: new RegExp(INDICATOR) });
  await expect(row).toContainText('(N00090)');
  await expect(row).toContainText(/Officiellt: Kolada \(\d{4}\)/);
});
