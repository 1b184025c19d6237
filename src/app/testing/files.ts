import { ComponentFixture } from '@angular/core/testing';

/**
 * Chooses a CSV file in a page's file input, as a person would, and waits until the page shows
 * that it has read it (`read`: reading a file is asynchronous, and takes longer on a busy
 * machine, so the wait is for the page, not for a fixed time). Fails if the page never does.
 */
export async function chooseCsv(
  fixture: ComponentFixture<unknown>,
  input: HTMLInputElement,
  name: string,
  text: string,
  read: () => boolean,
): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  for (let turn = 0; turn < 500; turn++) {
    await fixture.whenStable();
    if (read()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`The page never showed that it had read ${name}`);
}
