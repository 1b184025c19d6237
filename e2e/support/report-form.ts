import { Page } from '@playwright/test';

/**
 * For every gender-split indicator of the open report whose women's or men's value is empty,
 * ticks "Uppgift om kvinnor eller män saknas" and gives a reason, as a department head does when
 * the figures are not available yet (a submission needs one or the other).
 */
export async function giveReasonsForMissingGenderValues(page: Page): Promise<void> {
  for (const box of await page.getByRole('checkbox', { name: 'Uppgift om kvinnor eller män saknas' }).all()) {
    if (await box.isChecked()) continue;
    const fieldset = page.getByRole('group').filter({ has: box }).last();
    const women = await fieldset.getByLabel(/^Kvinnor/).inputValue();
    const men = await fieldset.getByLabel(/^Män/).inputValue();
    if (women.trim() !== '' && men.trim() !== '') continue;
    await box.check();
    await fieldset.getByLabel('Varför saknas uppgiften?').fill('Statistiken publiceras i mars.');
  }
}
