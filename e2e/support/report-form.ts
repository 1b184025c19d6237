import { Page } from '@playwright/test';

/**
 * Completes what a submission asks of the gender-split indicators, as a department head does: for
 * every one whose women's or men's value is empty, ticks "Uppgift om kvinnor eller män saknas" and
 * gives a reason (the figures are not available yet); and wherever the numbers ask why women and
 * men differ (`explainGapsWhereAsked`), answers.
 */
export async function completeGenderFields(page: Page): Promise<void> {
  for (const box of await page.getByRole('checkbox', { name: 'Uppgift om kvinnor eller män saknas' }).all()) {
    if (await box.isChecked()) continue;
    const fieldset = page.getByRole('group').filter({ has: box }).last();
    const women = await fieldset.getByLabel(/^Kvinnor/).inputValue();
    const men = await fieldset.getByLabel(/^Män/).inputValue();
    if (women.trim() !== '' && men.trim() !== '') continue;
    await box.check();
    await fieldset.getByLabel('Varför saknas uppgiften?').fill('Statistiken publiceras i mars.');
  }
  await explainGapsWhereAsked(page);
}

/** The question a report form asks when the numbers show a gap outside its target, or a wider one. */
export const EQUALITY_QUESTION = 'Varför skiljer det sig mellan kvinnor och män? Vad görs åt det?';

/**
 * Answers the equality question wherever the form asks it (the gap between women and men is wider
 * than in the last report, or outside its target), as a department head must before submitting.
 */
export async function explainGapsWhereAsked(page: Page): Promise<void> {
  for (const field of await page.getByLabel(EQUALITY_QUESTION).all()) {
    if ((await field.inputValue()).trim() === '')
      await field.fill('Fler kvinnor än män söker insatsen; vi når fler män genom uppsökande arbete.');
  }
}
