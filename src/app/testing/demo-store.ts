import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ActionReducer, provideStore, Store } from '@ngrx/store';
import { OrgDataApiActions } from '../core/org-data/org-data.actions';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { SessionApiActions } from '../core/session/session.actions';
import { sessionFeature } from '../core/session/session.feature';
import { buildDemoSeed } from '../data-access/local/demo-seed';
import { EntityKind, EntityMap, Stamped } from '../domain/model';
import { filtersOf, QueriedKind, RecordQuery } from '../core/org-data/record-queries';
import { provideTranslocoForTests } from './transloco-testing';

/**
 * A page spec's store: the real org-data and session reducers (plus `reducers`), the demo person
 * `memberId` signed in, and the demo seed's collections arriving when the spec says (`arrive`), so
 * that a spec can show what a page does before and after each collection is in.
 */
export function setUpDemoStore(memberId: string, reducers: Record<string, ActionReducer<object>> = {}) {
  const seed = buildDemoSeed(new Date());
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideTranslocoForTests(),
      provideStore({
        [orgDataFeature.name]: orgDataFeature.reducer,
        [sessionFeature.name]: sessionFeature.reducer,
        ...reducers,
      }),
    ],
  });
  const store = TestBed.inject(Store);
  store.dispatch(
    SessionApiActions.signedIn({
      session: {
        member: seed.members.find((m) => m.id === memberId)!,
        organisation: { id: 'org', name: 'Halmstad', municipalityCode: '1380' },
      },
    }),
  );
  const arrive = (kind: EntityKind) =>
    store.dispatch(
      OrgDataApiActions.collectionLoaded({
        kind,
        records: seed[kind as keyof typeof seed] as EntityMap[EntityKind][],
      }),
    );
  /** What `deliver` has answered so far (a store's delivered queries are always the full list). */
  const delivered: RecordQuery[] = [];
  /** Answers these queries (a page's reports, a plan's indicators …) with the seed's records. */
  const deliver = (...queries: RecordQuery[]) => {
    delivered.push(...queries);
    for (const kind of new Set(queries.map((q) => q.kind))) {
      if (kind === 'summaries') continue;
      const asked = delivered.filter((q) => q.kind === kind);
      const records = (seed[kind] as Stamped[]).filter((record) =>
        asked.some((q) => filtersOf(q).every(([field, value]) => (record as never)[field] === value)),
      );
      store.dispatch(
        OrgDataApiActions.recordsLoaded({
          kind,
          records: records as EntityMap[QueriedKind][],
          loaded: [...delivered],
        }),
      );
    }
  };
  return { seed, store, arrive, deliver };
}
