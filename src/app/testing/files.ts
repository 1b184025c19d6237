import { ComponentFixture } from '@angular/core/testing';

/**
 * Chooses a CSV file in a page's file input, as a person would, and waits until the page has read
 * it (reading a file is asynchronous).
 */
export async function chooseCsv(
  fixture: ComponentFixture<unknown>,
  input: HTMLInputElement,
  name: string,
  text: string,
): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await fixture.whenStable();
}
