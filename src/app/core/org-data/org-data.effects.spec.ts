import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { Subject } from 'rxjs';
import { Backend, Query } from '../../data-access/backend';
import { EntityKind, EntityMap } from '../../domain/model';
import { BackendLoader } from '../backend/backend-loader';
import { SessionApiActions } from '../session/session.actions';
import { watchOrgData } from './org-data.effects';
import { DASHBOARD_KINDS, orgDataFeature } from './org-data.feature';
import { createTestMember, createTestPeriod } from '../../testing/builders';

/** A backend whose live queries the test answers by hand. */
function fakeBackend() {
  const watched: { kind: EntityKind; query?: Query<EntityKind>; results: Subject<unknown[]> }[] = [];
  const backend = {
    kind: 'local',
    watch<K extends EntityKind>(kind: K, query?: Query<K>) {
      const results = new Subject<unknown[]>();
      watched.push({ kind, query: query as Query<EntityKind>, results });
      return results.asObservable() as unknown as import('rxjs').Observable<EntityMap[K][]>;
    },
  } as unknown as Backend;
  return { backend, watched };
}

describe('watchOrgData (what is loaded, in which order)', () => {
  function setUp() {
    const { backend, watched } = fakeBackend();
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [orgDataFeature.name]: orgDataFeature.reducer }),
        provideEffects({ watchOrgData }),
      ],
    });
    TestBed.inject(BackendLoader).use(backend);
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
    return {
      store,
      answer,
      kinds,
      watched: () =>
        watched.map((w) => ({ kind: w.kind, periodId: (w.query?.where as { periodId?: string })?.periodId })),
    };
  }

  it('watches the dashboard collections first and the large ones only once those have arrived', () => {
    const { answer, kinds, watched } = setUp();
    expect(kinds()).not.toContain('indicators');
    expect(kinds()).not.toContain('activities');
    expect(kinds()).not.toContain('measurements');
    for (const kind of DASHBOARD_KINDS.filter((k) => k !== 'reports')) {
      expect(kinds()).withContext(kind).toContain(kind);
    }

    // Periods decide which reports are recent; the open period's reports follow, by period.
    answer('periods');
    expect(watched()).toContain({ kind: 'reports', periodId: 'per-1' });
    DASHBOARD_KINDS.filter((k) => k !== 'periods').forEach(answer);
    expect(kinds()).toContain('indicators');
    expect(kinds()).toContain('activities');
    expect(kinds()).toContain('measurements');
  });

  it('is dashboard-ready before the large collections arrive, and fully ready only after', () => {
    const { store, answer } = setUp();
    const dashboardReady = store.selectSignal(orgDataFeature.selectDashboardReady);
    const ready = store.selectSignal(orgDataFeature.selectReady);
    answer('periods');
    DASHBOARD_KINDS.filter((k) => k !== 'periods').forEach(answer);
    expect(dashboardReady()).toBeTrue();
    expect(ready()).toBeFalse();
    (['indicators', 'activities', 'measurements'] as const).forEach(answer);
    expect(ready()).toBeTrue();
  });
});
