import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { RECORDS, RecordsPort } from '../../data-access/backend';
import { SessionApiActions } from '../session/session.actions';
import { PlanSummary, summarisePlan } from '../../domain/plan-summary';
import { sessionFeature } from '../session/session.feature';
import { OrgDataApiActions, OrgDataPageActions } from './org-data.actions';
import { watchSummaries } from './org-data.effects';
import { orgDataFeature } from './org-data.feature';
import { KEPT_UNUSED, RecordQuery, ReportQuery, reportsWhere, summariesOf } from './record-queries';
import { createTestMember } from '../../testing/builders';
import { liveQueries } from '../../testing/live-queries';

/** Report filters as queries. */
const r = (...queries: ReportQuery[]): RecordQuery[] => queries.map(reportsWhere);

describe('watchSummaries (what a dashboard reads)', () => {
  function setUp() {
    const { asked, watch } = liveQueries<readonly string[], PlanSummary[]>();
    const backend = { kind: 'firebase', watchSummaries: watch } as unknown as RecordsPort;
    TestBed.configureTestingModule({
      providers: [
        provideStore({
          [orgDataFeature.name]: orgDataFeature.reducer,
          [sessionFeature.name]: sessionFeature.reducer,
        }),
        provideEffects({ watchSummaries }),
        { provide: RECORDS, useValue: backend },
      ],
    });
    const store = TestBed.inject(Store);
    const signIn = (id: string) =>
      store.dispatch(
        SessionApiActions.signedIn({
          session: {
            member: createTestMember({ id }),
            organisation: { id: 'org-1', name: 'Halmstad', municipalityCode: '1380' },
          },
        }),
      );
    return { store, asked, signIn };
  }
  const summary = (periodId: string) =>
    summarisePlan('org-1', 'plan-1', periodId, [], '2026-11-23T00:00:00Z');

  it('asks for nothing until someone signed in wants a period', () => {
    const { store, asked, signIn } = setUp();
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: summariesOf(['p2', 'p1']) }));
    expect(asked.length).toBe(0);
    signIn('m1');
    expect(asked.map((a) => a.args)).toEqual([['p1', 'p2']]);
  });

  it('keeps the summaries of the periods asked for, and is ready for those only', () => {
    const { store, asked, signIn } = setUp();
    signIn('m1');
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: summariesOf(['p1']) }));
    asked[0].results.next([summary('p1')]);
    expect(
      store
        .selectSignal(orgDataFeature.selectAllSummaries)()
        .map((s) => s.id),
    ).toEqual(['plan-1__p1']);
    expect(store.selectSignal(orgDataFeature.selectSummariesLoadedFor)()).toEqual(['p1']);

    // Another period, asked beside it (the shell's badge and a dashboard): one listener for both.
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: summariesOf(['p2']) }));
    expect(asked[0].closed).toBeTrue();
    expect(asked[1].args).toEqual(['p1', 'p2']);
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: summariesOf(['p2']) }));
    expect(asked.length).toBe(2);
    // Released and forgotten (beyond the few kept): the listener follows.
    store.dispatch(OrgDataPageActions.recordsReleased({ queries: summariesOf(['p1']) }));
    for (let n = 0; n < KEPT_UNUSED; n++) {
      store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r({ goalId: `g${n}` }) }));
      store.dispatch(OrgDataPageActions.recordsReleased({ queries: r({ goalId: `g${n}` }) }));
    }
    expect(asked.at(-1)!.args).toEqual(['p2']);
  });

  it('listens again for the next person, and drops the last one’s figures', () => {
    const { store, asked, signIn } = setUp();
    signIn('m1');
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: summariesOf(['p1']) }));
    asked[0].results.next([summary('p1')]);
    store.dispatch(OrgDataApiActions.cleared());
    signIn('m2');
    // The open dashboard asks again once the store has forgotten (as `loadFor` does).
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: summariesOf(['p1']) }));
    expect(asked[0].closed).toBeTrue();
    expect(asked[1].args).toEqual(['p1']);
    expect(store.selectSignal(orgDataFeature.selectAllSummaries)()).toEqual([]);
    expect(store.selectSignal(orgDataFeature.selectSummariesLoadedFor)()).toEqual([]);
  });

  it('says when the summaries cannot be read', () => {
    const { store, asked, signIn } = setUp();
    signIn('m1');
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: summariesOf(['p1']) }));
    asked[0].results.error(new Error('Missing or insufficient permissions.'));
    expect(store.selectSignal(orgDataFeature.selectError)()).toBe('Missing or insufficient permissions.');
  });
});
