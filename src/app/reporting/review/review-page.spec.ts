import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { createTestReport } from '../../testing/builders';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { REVIEW_PAGE, ReviewPage } from './review-page';
import { reviewFeature } from './review.feature';
import { ReviewItem, selectMissingByDepartment, selectReviewQueue } from './review.selectors';

describe('ReviewPage (a long queue, a page at a time)', () => {
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const items: ReviewItem[] = Array.from({ length: 60 }, (_, i) => ({
    report: createTestReport({ id: `r${i}`, state: 'submitted' }),
    title: `Mål ${i + 1}`,
    link: ['/reporting'],
    goal: undefined,
    plan: undefined,
    department: undefined,
  }));

  async function render(queue: ReviewItem[]) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        provideMockStore({
          selectors: [
            { selector: orgDataFeature.selectReady, value: true },
            { selector: selectReviewQueue, value: { period: null, items: queue } },
            { selector: selectMissingByDepartment, value: [] },
            { selector: reviewFeature.selectBusy, value: {} },
            { selector: reviewFeature.selectOutcome, value: {} },
          ],
        }),
      ],
    });
    const fixture = TestBed.createComponent(ReviewPage);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const titles = (element: HTMLElement) =>
    [...element.querySelectorAll('article h2')].map((h) => h.textContent);
  const more = (element: HTMLElement) =>
    element.querySelector<HTMLButtonElement>('.more button') ?? undefined;

  it(`shows the ${REVIEW_PAGE} oldest, says how many there are, and shows more on request`, async () => {
    const { fixture, element } = await render(items);
    expect(titles(element).length).toBe(REVIEW_PAGE);
    expect(element.querySelector('.more')?.textContent).toContain(`Visar de ${REVIEW_PAGE} äldsta av 60`);
    more(element)!.click();
    await fixture.whenStable();
    expect(titles(element).length).toBe(2 * REVIEW_PAGE);
    // Keyboard users continue where the new page starts.
    expect(document.activeElement?.textContent).toBe(`Mål ${REVIEW_PAGE + 1}`);
    expect(more(element)!.textContent).toContain('Visa 10 till');
    more(element)!.click();
    await fixture.whenStable();
    expect(titles(element).length).toBe(60);
    expect(more(element)).toBeUndefined();
    fixture.nativeElement.remove();
  });

  it('has no pager when the queue fits on one page', async () => {
    const { element } = await render(items.slice(0, 3));
    expect(titles(element)).toEqual(['Mål 1', 'Mål 2', 'Mål 3']);
    expect(element.querySelector('.more')).toBeNull();
    element.remove();
  });
});
