import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { map, Observable, Subject } from 'rxjs';
import { Query, RECORDS, RecordsPort } from '../../data-access/backend';
import { EntityKind, EntityMap } from '../../domain/model';
import { SessionApiActions } from '../session/session.actions';
import { OrgDataPageActions } from './org-data.actions';
import { watchOrgData } from './org-data.effects';
import { orgDataFeature, STRUCTURE_KINDS } from './org-data.feature';
import { isLoaded, KEPT_UNUSED, planRecords, RecordQuery, ReportQuery, reportsWhere } from './record-queries';
import {
  createTestIndicator,
  createTestMember,
  createTestPeriod,
  createTestReport,
} from '../../testing/builders';

/** A backend whose live queries the test answers by hand; `closed` once nobody listens. */
function fakeBackend() {
  const watched: {
    kind: EntityKind;
    query?: Query<EntityKind>;
    results: Subject<unknown[]>;
    closed: boolean;
  }[] = [];
  const backend = {
    kind: 'local',
    watch<K extends EntityKind>(kind: K, query?: Query<K>) {
      const entry = {
        kind,
        query: query as Query<EntityKind>,
        results: new Subject<unknown[]>(),
        closed: false,
      };
      watched.push(entry);
      return new Observable<unknown[]>((subscriber) => {
        const inner = entry.results.subscribe(subscriber);
        return () => {
          entry.closed = true;
          inner.unsubscribe();
        };
      }) as unknown as Observable<EntityMap[K][]>;
    },
    // Every goal (the outlines on Firebase), answered like the other kinds.
    watchGoals() {
      return backend.watch('goals').pipe(map((goals) => ({ goals, documents: goals.length })));
    },
  } as unknown as RecordsPort;
  return { backend, watched };
}

/** Report filters as queries. */
const r = (...queries: ReportQuery[]): RecordQuery[] => queries.map(reportsWhere);

/** Whether every watched query has delivered. */
function allLoaded(store: Store): boolean {
  const loaded = store.selectSignal(orgDataFeature.selectLoadedQueries)();
  return store
    .selectSignal(orgDataFeature.selectQueries)()
    .every((q) => isLoaded(q, loaded));
}

describe('watchOrgData (what is loaded, and when)', () => {
  function setUp() {
    const { backend, watched } = fakeBackend();
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [orgDataFeature.name]: orgDataFeature.reducer }),
        provideEffects({ watchOrgData }),
        { provide: RECORDS, useValue: backend },
      ],
    });
    const store = TestBed.inject(Store);
    store.dispatch(
      SessionApiActions.signedIn({
        session: {
          member: createTestMember(),
          organisation: { id: 'org-1', name: 'Halmstad', municipalityCode: '1380' },
        },
      }),
    );
    const answer = (kind: EntityKind) =>
      watched
        .filter((w) => w.kind === kind)
        .forEach((w) => w.results.next(kind === 'periods' ? [createTestPeriod()] : []));
    const kinds = () => watched.map((w) => w.kind);
    const reportWatches = () => watched.filter((w) => w.kind === 'reports');
    return { store, answer, kinds, reportWatches, watched };
  }

  it('watches the structure in full, and reports, indicators, activities and Kolada values only as pages ask', () => {
    const { store, answer, kinds, reportWatches } = setUp();
    for (const kind of STRUCTURE_KINDS) {
      expect(kinds()).withContext(kind).toContain(kind);
    }
    STRUCTURE_KINDS.forEach(answer);
    // The overview and the review queue read summaries; the plans list reads no indicator.
    for (const kind of ['reports', 'indicators', 'activities', 'measurements'] as const) {
      expect(kinds()).withContext(kind).not.toContain(kind);
    }
    expect(store.selectSignal(orgDataFeature.selectStructureReady)()).toBeTrue();

    // A page that shows reports: what it asked for; loaded once they are in.
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r({ planId: 'plan-1', periodId: 'per-1' }) }));
    expect(reportWatches().map((w) => w.query?.where)).toEqual([{ planId: 'plan-1', periodId: 'per-1' }]);
    expect(allLoaded(store)).toBeFalse();
    answer('reports');
    expect(allLoaded(store)).toBeTrue();
  });

  it("reads a plan's indicators, activities and Kolada values when its page asks, each into its own collection", () => {
    const { store, watched } = setUp();
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: planRecords('plan-1') }));
    expect(
      watched
        .map((w) => [w.kind, w.query?.where])
        .filter(([kind]) => kind !== 'periods' && !STRUCTURE_KINDS.includes(kind as never)),
    ).toEqual([
      ['indicators', { planId: 'plan-1' }],
      ['activities', { planId: 'plan-1' }],
      ['measurements', { planId: 'plan-1' }],
    ]);
    const of = (kind: EntityKind) => watched.find((w) => w.kind === kind && w.query?.where)!;
    of('indicators').results.next([createTestIndicator({ id: 'i1', planId: 'plan-1' })]);
    expect(allLoaded(store)).toBeFalse();
    of('activities').results.next([]);
    of('measurements').results.next([]);
    expect(allLoaded(store)).toBeTrue();
    expect(
      store
        .selectSignal(orgDataFeature.selectAllIndicators)()
        .map((i) => i.id),
    ).toEqual(['i1']);
    expect(store.selectSignal(orgDataFeature.selectAllReports)()).toEqual([]);

    // A goal's indicators are covered by its plan's: no second read.
    store.dispatch(
      OrgDataPageActions.recordsNeeded({ queries: [{ kind: 'indicators', planId: 'plan-1', goalId: 'g1' }] }),
    );
    expect(watched.filter((w) => w.kind === 'indicators').length).toBe(1);
    expect(allLoaded(store)).toBeTrue();
  });

  it('watches each query asked for once, keeps the earlier ones, and merges what they deliver', () => {
    const { store, reportWatches } = setUp();
    const mine = { departmentId: 'd1', periodId: 'per-1' };
    const plan = { planId: 'plan-1', periodId: 'per-1' };
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r(mine) }));
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r(plan, mine) }));
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r({ ...plan }) }));
    expect(reportWatches().map((w) => w.query?.where)).toEqual([mine, plan]);

    // One report matches both queries: it is in the store once.
    const both = createTestReport({ id: 'both', departmentId: 'd1', planId: 'plan-1', periodId: 'per-1' });
    const other = createTestReport({ id: 'other', departmentId: 'd2', planId: 'plan-1', periodId: 'per-1' });
    reportWatches()[0].results.next([both]);
    expect(allLoaded(store)).toBeFalse();
    reportWatches()[1].results.next([both, other]);
    expect(allLoaded(store)).toBeTrue();
    const ids = () =>
      store
        .selectSignal(orgDataFeature.selectAllReports)()
        .map((r) => r.id);
    expect(ids()).toEqual(['both', 'other']);

    // A live change to one query replaces its part only.
    reportWatches()[1].results.next([both]);
    expect(ids()).toEqual(['both']);
    reportWatches()[0].results.next([]);
    expect(ids()).toEqual(['both']);
  });

  it('stops watching a query no page uses once it is forgotten, and drops its reports', () => {
    const { store, reportWatches } = setUp();
    const open = (n: number) => ({ planId: `plan-${n}`, periodId: 'per-1' });
    const ids = () =>
      store
        .selectSignal(orgDataFeature.selectAllReports)()
        .map((r) => r.id);
    // A strategist opens plan 0 and leaves it, then opens and leaves as many plans as are kept.
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r(open(0)) }));
    reportWatches()[0].results.next([createTestReport({ id: 'r0', planId: 'plan-0', periodId: 'per-1' })]);
    store.dispatch(OrgDataPageActions.recordsReleased({ queries: r(open(0)) }));
    expect(reportWatches()[0].closed).toBeFalse();
    expect(ids()).toEqual(['r0']);
    for (let n = 1; n <= KEPT_UNUSED; n++) {
      store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r(open(n)) }));
      store.dispatch(OrgDataPageActions.recordsReleased({ queries: r(open(n)) }));
    }
    expect(reportWatches().length).toBe(KEPT_UNUSED + 1);
    expect(reportWatches()[0].closed).toBeTrue();
    expect(
      reportWatches()
        .slice(1)
        .every((w) => !w.closed),
    ).toBeTrue();
    expect(ids()).toEqual([]);
    expect(store.selectSignal(orgDataFeature.selectQueries)().length).toBe(KEPT_UNUSED);

    // Back to plan 0: watched afresh.
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r(open(0)) }));
    expect(reportWatches().length).toBe(KEPT_UNUSED + 2);
    expect(reportWatches()[KEPT_UNUSED + 1].query?.where).toEqual(open(0));
    expect(allLoaded(store)).toBeFalse();
  });

  it('never stops watching a query a page shown still uses', () => {
    const { store, reportWatches } = setUp();
    const badge = { departmentId: 'd1', periodId: 'per-1' };
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r(badge) }));
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r(badge) }));
    store.dispatch(OrgDataPageActions.recordsReleased({ queries: r(badge) }));
    for (let n = 0; n <= KEPT_UNUSED; n++) {
      store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r({ goalId: `g${n}` }) }));
      store.dispatch(OrgDataPageActions.recordsReleased({ queries: r({ goalId: `g${n}` }) }));
    }
    expect(reportWatches()[0].query?.where).toEqual(badge);
    expect(reportWatches()[0].closed).toBeFalse();
    expect(reportWatches().filter((w) => w.closed).length).toBe(1);
  });

  it('stops watching a query once a wider one that covers it is watched', () => {
    const { store, reportWatches } = setUp();
    const narrow = { goalId: 'g1', departmentId: 'd1' };
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r(narrow) }));
    store.dispatch(OrgDataPageActions.recordsNeeded({ queries: r({ goalId: 'g1' }) }));
    expect(reportWatches().map((w) => [w.query?.where, w.closed])).toEqual([
      [narrow, true],
      [{ goalId: 'g1' }, false],
    ]);
    reportWatches()[1].results.next([]);
    expect(allLoaded(store)).toBeTrue();
  });

  it('says when a query cannot be read, and keeps the other queries live', () => {
    const { store, reportWatches } = setUp();
    store.dispatch(
      OrgDataPageActions.recordsNeeded({
        queries: r({ goalId: 'g1' }, { departmentId: 'd1', periodId: 'per-1' }),
      }),
    );
    reportWatches()[0].results.error(new Error('Missing or insufficient permissions.'));
    expect(store.selectSignal(orgDataFeature.selectError)()).toBe('Missing or insufficient permissions.');
    reportWatches()[1].results.next([createTestReport({ id: 'r1' })]);
    expect(
      store
        .selectSignal(orgDataFeature.selectAllReports)()
        .map((r) => r.id),
    ).toEqual(['r1']);
  });
});
