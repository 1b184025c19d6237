import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { PEOPLE, startSignedIn } from './support/session';

const seed = buildDemoSeed(new Date());
const open = seed.periods.find((p) => p.state === 'open')!;

test('the Lägesrapport prints to a PDF with pages, the plan title and every focus area', async ({
  page,
}, testInfo) => {
  const plan = seed.plans.find((p) => p.theme === 'integration')!;
  await startSignedIn(page, PEOPLE.committee.id);
  await page.goto('/overview');
  await page.getByRole('link', { name: 'Lägesrapport för utskrift' }).click();
  await expect(page).toHaveURL(new RegExp(`/status-report\\?plan=${plan.id}&period=${open.id}`));
  await expect(page.getByRole('heading', { level: 2, name: plan.title })).toBeVisible();
  await expect(page).toHaveTitle(`Lägesrapport – ${plan.title} – ${open.name}`);
  await expect(page.getByRole('img', { name: /Stapeldiagram: antal mål per status/ })).toBeVisible();
  // The Kolada-linked indicators beside the county, the country and the comparison group.
  await expect(
    page.getByRole('img', { name: /Stapeldiagram: .* i kommunen, länet, riket/ }).first(),
  ).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut eller spara som PDF' })).toBeHidden();
  const path = testInfo.outputPath('lagesrapport.pdf');
  await page.pdf({ path, format: 'A4', printBackground: true });

  const pdf = await getDocument({ url: path, useSystemFonts: true }).promise;
  expect(pdf.numPages).toBeGreaterThanOrEqual(3);
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  const normalized = text.replace(/\s+/g, ' ');
  expect(normalized).toContain(plan.title);
  expect(normalized).toContain(open.name);
  for (const area of seed.focusAreas.filter((a) => a.planId === plan.id))
    expect(normalized).toContain(area.title);
  expect(normalized).toContain('Jämförelse med länet, riket och liknande kommuner (Kolada)');
  expect(normalized).toContain('Källa: Kolada');
  expect(normalized).not.toContain('Huvudmeny');
  expect(normalized).not.toContain('Logga ut');
});
