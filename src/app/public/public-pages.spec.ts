import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoForTests } from '../testing/transloco-testing';
import { PUBLIC, PublicPort } from '../data-access/backend';
import { PublicListPage } from './public-list-page';
import { PublicPlanPage } from './public-plan-page';

describe('The public pages when the published follow-up cannot be read', () => {
  /** A port whose first read fails (offline) and whose second finds nothing published. */
  function failingOnce(): PublicPort & { reads: number } {
    const port = {
      reads: 0,
      publications: () => (++port.reads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve([])),
      published: () => (++port.reads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(null)),
    };
    return port;
  }

  async function render(page: Type<unknown>, inputs: Record<string, string> = {}) {
    const port = failingOnce();
    TestBed.configureTestingModule({
      providers: [provideTranslocoForTests(), provideRouter([]), { provide: PUBLIC, useValue: port }],
    });
    spyOn(console, 'error');
    const fixture = TestBed.createComponent(page);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, port, element: fixture.nativeElement as HTMLElement };
  }

  const pages: [string, () => ReturnType<typeof render>, string][] = [
    ['the list of publications', () => render(PublicListPage), 'Inget har publicerats ännu.'],
    [
      "a plan's follow-up for a period",
      () => render(PublicPlanPage, { planId: 'plan-1', periodId: 'per-1' }),
      'Den här uppföljningen är inte publicerad',
    ],
  ];

  for (const [name, open, afterRetry] of pages) {
    it(`${name} says it could not be read (not "nothing published") and reads again on request`, async () => {
      const { fixture, port, element } = await open();
      expect(element.querySelector('[role="alert"]')?.textContent).toContain('kunde inte hämtas just nu');
      expect(element.textContent).not.toContain(afterRetry);

      const retry = [...element.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Försök igen'),
      );
      retry!.click();
      await fixture.whenStable();
      expect(port.reads).toBe(2);
      expect(element.querySelector('[role="alert"]')).toBeNull();
      expect(element.textContent).toContain(afterRetry);
    });
  }
});
