import { selectReviewTotal } from '../../core/org-data/org-data.selectors';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { selectOpenPeriods } from '../../core/org-data/org-data.selectors';
import { sessionFeature } from '../../core/session/session.feature';
import { createTestMember, createTestReport } from '../../testing/builders';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { REVIEW_PAGE, ReviewPage, UNDO_MS } from './review-page';
import { ReviewPageActions } from './review.actions';
import { reviewFeature } from './review.feature';
import {
  ReviewItem,
  selectMissingByDepartment,
  selectReviewQueue,
  selectReviewReady,
  selectQueueRecordQueries,
} from './review.selectors';

describe('ReviewPage (a long queue, a page at a time)', () => {
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const items: ReviewItem[] = Array.from({ length: 60 }, (_, i) => ({
    report: createTestReport({ id: `r${i}`, state: 'submitted' }),
    title: `Mål ${i + 1}`,
    link: ['/reporting'],
    goal: undefined,
    plan: undefined,
    department: undefined,
    period: undefined,
    values: [],
  }));

  /** The page with the first `loaded` of the queue in the store and `total` waiting in all. */
  async function render(loaded: ReviewItem[], total: number) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        provideMockStore({
          selectors: [
            { selector: selectOpenPeriods, value: [] },
            {
              selector: sessionFeature.selectMember,
              value: createTestMember({ id: 'm-me', roles: ['strategist', 'reporter'] }),
            },
            { selector: orgDataFeature.selectAllSummaries, value: [] },
            { selector: orgDataFeature.selectSummariesLoadedFor, value: [] },
            { selector: selectReviewReady, value: true },
            { selector: selectQueueRecordQueries, value: [] },
            { selector: orgDataFeature.selectQueries, value: [] },
            { selector: orgDataFeature.selectLoadedQueries, value: [] },
            { selector: selectReviewQueue, value: { periods: [], items: loaded } },
            { selector: selectReviewTotal, value: total },
            { selector: selectMissingByDepartment, value: [] },
            { selector: reviewFeature.selectBusy, value: {} },
            { selector: reviewFeature.selectOutcome, value: {} },
            { selector: reviewFeature.selectQueueError, value: null },
          ],
        }),
      ],
    });
    const store = TestBed.inject(MockStore);
    const dispatched = spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(ReviewPage);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    /** What the backend does on "show more": the next page arrives in the store. */
    const arrive = async (count: number) => {
      store.overrideSelector(selectReviewQueue, { periods: [], items: items.slice(0, count) });
      store.refreshState();
      await fixture.whenStable();
    };
    return { fixture, element: fixture.nativeElement as HTMLElement, dispatched, arrive };
  }

  const titles = (element: HTMLElement) =>
    [...element.querySelectorAll('article h2')].map((h) => h.textContent);
  const more = (element: HTMLElement) =>
    element.querySelector<HTMLButtonElement>('.more button') ?? undefined;

  it(`shows the ${REVIEW_PAGE} oldest, says how many wait, and asks for the next page on request`, async () => {
    const { fixture, element, dispatched, arrive } = await render(items.slice(0, REVIEW_PAGE), 60);
    expect(dispatched).toHaveBeenCalledWith(ReviewPageActions.opened());
    expect(titles(element).length).toBe(REVIEW_PAGE);
    expect(element.querySelector('.more')?.textContent).toContain(`Visar de ${REVIEW_PAGE} äldsta av 60`);
    more(element)!.click();
    expect(dispatched).toHaveBeenCalledWith(ReviewPageActions.moreRequested());
    await arrive(2 * REVIEW_PAGE);
    expect(titles(element).length).toBe(2 * REVIEW_PAGE);
    // Keyboard users continue where the new page starts.
    expect(document.activeElement?.textContent).toBe(`Mål ${REVIEW_PAGE + 1}`);
    expect(more(element)!.textContent).toContain('Visa 10 till');
    more(element)!.click();
    await arrive(60);
    expect(titles(element).length).toBe(60);
    expect(more(element)).toBeUndefined();
    fixture.destroy();
    expect(dispatched).toHaveBeenCalledWith(ReviewPageActions.left());
    element.remove();
  });

  it('offers no decision on a report the strategist submitted (four eyes), and marks contributions', async () => {
    const own: ReviewItem = {
      ...items[0],
      report: createTestReport({
        id: 'own',
        state: 'submitted',
        submittedBy: 'm-me',
        reportsAs: 'contributor',
      }),
      title: 'Eget mål',
    };
    const { element } = await render([own, items[1]], 2);
    const [mine, theirs] = [...element.querySelectorAll('article')];
    expect(mine.textContent).toContain('Du skickade in den här rapporten själv');
    expect(mine.textContent).toContain('Bidrag till ett delat mål');
    expect(mine.querySelectorAll('button').length).toBe(0);
    expect(mine.querySelector('textarea')).toBeNull();
    expect([...theirs.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Godkänn',
      'Skicka tillbaka',
    ]);
    element.remove();
  });

  it(`sends "Godkänn" after ${UNDO_MS / 1000} s, unless "Ångra" takes it back; leaving the page sends it at once`, async () => {
    jasmine.clock().install();
    try {
      const { fixture, element, dispatched } = await render(items.slice(0, 3), 3);
      const approved = () =>
        dispatched.calls
          .allArgs()
          .filter(([a]) => (a as unknown as { type: string }).type === ReviewPageActions.approveClicked.type);
      const button = (article: Element, name: string) =>
        [...article.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
      const [first, second, third] = [...element.querySelectorAll('article')];

      button(first, 'Godkänn').click();
      fixture.detectChanges();
      expect(first.textContent).toContain('”Mål 1” godkänns om några sekunder.');
      jasmine.clock().tick(UNDO_MS - 1);
      expect(approved().length).toBe(0);
      jasmine.clock().tick(1);
      expect(approved()).toEqual([
        [ReviewPageActions.approveClicked({ report: items[0].report, title: 'Mål 1' })],
      ]);

      button(second, 'Godkänn').click();
      fixture.detectChanges();
      button(second, 'Ångra').click();
      fixture.detectChanges();
      jasmine.clock().tick(UNDO_MS * 2);
      expect(approved().length).toBe(1);
      expect(element.querySelector('.outcomes')?.textContent).toContain('Godkännandet av ”Mål 2” är ångrat.');
      expect(button(second, 'Godkänn')).toBeDefined();

      button(third, 'Godkänn').click();
      fixture.destroy();
      expect(approved().length).toBe(2);
      element.remove();
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('has no pager when the queue fits on one page', async () => {
    const { element } = await render(items.slice(0, 3), 3);
    expect(titles(element)).toEqual(['Mål 1', 'Mål 2', 'Mål 3']);
    expect(element.querySelector('.more')).toBeNull();
    element.remove();
  });
});
