import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { OrgDataApiActions } from '../../core/org-data/org-data.actions';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { RECORDS, RecordsPort } from '../../data-access/backend';
import { Report } from '../../domain/model';
import { REVIEW_PAGE } from '../../domain/review-queue';
import { createTestPeriod, createTestReport } from '../../testing/builders';
import { liveQueries } from '../../testing/live-queries';
import { ReviewPageActions } from './review.actions';
import { watchQueue } from './review.effects';
import { reviewFeature } from './review.feature';

describe('watchQueue (the review queue, a page at a time)', () => {
  function setUp(
    periods = [
      createTestPeriod({ id: 'open', state: 'open' }),
      createTestPeriod({ id: 'closed', state: 'closed' }),
    ],
  ) {
    const { asked, watch } = liveQueries<{ periodIds: readonly string[]; limit: number }, Report[]>();
    const backend = {
      watchReviewQueue: (periodIds: readonly string[], limit: number) => watch({ periodIds, limit }),
    } as unknown as RecordsPort;
    TestBed.configureTestingModule({
      providers: [
        provideStore({
          [orgDataFeature.name]: orgDataFeature.reducer,
          [reviewFeature.name]: reviewFeature.reducer,
        }),
        provideEffects({ watchQueue }),
        { provide: RECORDS, useValue: backend },
      ],
    });
    const store = TestBed.inject(Store);
    store.dispatch(
      OrgDataApiActions.collectionLoaded({
        kind: 'periods',
        records: periods,
      }),
    );
    return { store, asked };
  }

  it('watches the open period’s first page while the page is open, a page more on request', () => {
    const { store, asked } = setUp();
    expect(asked.length).toBe(0);
    store.dispatch(ReviewPageActions.opened());
    expect(asked.map((a) => [a.args.periodIds, a.args.limit])).toEqual([[['open'], REVIEW_PAGE]]);
    asked[0].results.next([createTestReport({ id: 'r1', periodId: 'open', state: 'submitted' })]);
    expect(
      store
        .selectSignal(reviewFeature.selectQueue)()
        .map((r) => r.id),
    ).toEqual(['r1']);
    expect(store.selectSignal(reviewFeature.selectQueueFor)()).toBe('open');

    store.dispatch(ReviewPageActions.moreRequested());
    expect(asked[0].closed).toBeTrue();
    expect(asked[1].args.limit).toBe(2 * REVIEW_PAGE);

    store.dispatch(ReviewPageActions.left());
    expect(asked[1].closed).toBeTrue();
  });

  it('watches every open period at once, the earliest deadline first (late reports wait beside the next period’s)', () => {
    const { store, asked } = setUp([
      createTestPeriod({ id: 't1-2027', state: 'open', deadline: '2027-05-15' }),
      createTestPeriod({ id: 'helar-2026', state: 'open', deadline: '2026-12-15' }),
      createTestPeriod({ id: 'delar-2026', state: 'closed', deadline: '2026-09-15' }),
    ]);
    store.dispatch(ReviewPageActions.opened());
    expect(asked.map((a) => a.args.periodIds)).toEqual([['helar-2026', 't1-2027']]);
    asked[0].results.next([]);
    expect(store.selectSignal(reviewFeature.selectQueueFor)()).toBe('helar-2026,t1-2027');
  });

  it('starts again from the first page when the page is opened again', () => {
    const { store, asked } = setUp();
    store.dispatch(ReviewPageActions.opened());
    store.dispatch(ReviewPageActions.moreRequested());
    store.dispatch(ReviewPageActions.left());
    store.dispatch(ReviewPageActions.opened());
    expect(asked.at(-1)?.args.limit).toBe(REVIEW_PAGE);
  });

  it('says when the queue cannot be read', () => {
    const { store, asked } = setUp();
    store.dispatch(ReviewPageActions.opened());
    asked[0].results.error(new Error('Missing or insufficient permissions.'));
    expect(store.selectSignal(reviewFeature.selectQueueError)()).not.toBeNull();
  });
});
