import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { pickUafDraft } from './support/demo-drafts';
import { PEOPLE, signInAs } from './support/session';

/** The unread count on the toolbar's notices link (0 when it shows none). */
async function unread(page: Page): Promise<number> {
  const link = page.getByRole('banner').getByRole('link', { name: /^Notiser/ });
  await expect(link).toBeVisible();
  const name = (await link.getAttribute('aria-label')) ?? '';
  return Number(/(\d+) olästa/.exec(name)?.[1] ?? 0);
}

test('a returned report: the department head is told, with the comment, and the notice leads to the report', async ({
  page,
}) => {
  const { goal, url } = pickUafDraft();
  await page.addInitScript(() => localStorage.setItem('kompass.undoMs', '0'));
  await signInAs(page, PEOPLE.departmentHead.name);
  await page.goto(url);
  await page.getByLabel('Analys').fill('Första versionen av analysen.');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();
  const before = await unread(page);

  await signInAs(page, PEOPLE.strategist.name);
  await page.goto('/review');
  const item = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: goal.title }) })
    .filter({ hasText: 'Utbildnings- och arbetsmarknadsförvaltningen' });
  await item.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await item.getByLabel('Kommentar till förvaltningen').fill('Lägg till <b>siffrorna</b> för män.');
  await item.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Rapporten om ”${goal.title}” är tillbakaskickad.` }),
  ).toBeVisible();

  await signInAs(page, PEOPLE.departmentHead.name);
  await expect.poll(() => unread(page)).toBe(before + 1);
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^Notiser/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notiser' })).toBeVisible();
  const notice = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: `Rapporten om ”${goal.title}” har skickats tillbaka` }),
  });
  // The comment is shown as the strategist wrote it, as text.
  await expect(notice).toContainText('Lägg till <b>siffrorna</b> för män.');
  await expect(notice.getByText('Oläst')).toBeVisible();
  await expectNoAxeViolations(page);

  await notice.getByRole('link', { name: `Rapporten om ”${goal.title}” har skickats tillbaka` }).click();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await expect(page.getByRole('region', { name: 'Rapporten har skickats tillbaka' })).toContainText(
    'siffrorna',
  );
  await expect.poll(() => unread(page)).toBe(before);
});

test('mark as read, mark all as read, and the choices on "Mina inställningar" are kept', async ({ page }) => {
  await signInAs(page, PEOPLE.departmentHead.name);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Mina inställningar' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina inställningar' })).toBeVisible();
  const reminders = page.getByRole('checkbox', { name: /Påminnelser före och efter sista dag/ });
  await expect(reminders).toBeChecked();
  await reminders.uncheck();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Spara inställningarna' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inställningarna är sparade.' })).toBeVisible();
  // A strategist's digest is not a department head's choice.
  await expect(page.getByRole('checkbox', { name: /Veckosammanfattning/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: /Påminnelser före och efter sista dag/ }),
  ).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();

  await page.goto('/notices');
  await expect(page.getByRole('heading', { level: 1, name: 'Notiser' })).toBeVisible();
  const count = await unread(page);
  // The demo's department heads always have decisions of the last days (demo-seed.spec.ts).
  expect(count).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'Markera som läst' }).first().click();
  await expect.poll(() => unread(page)).toBe(count - 1);
  await page.getByRole('button', { name: 'Markera alla som lästa' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alla notiser är lästa.' })).toBeVisible();
  await expect.poll(() => unread(page)).toBe(0);
  await expect(page.getByText('Oläst')).toHaveCount(0);
});
