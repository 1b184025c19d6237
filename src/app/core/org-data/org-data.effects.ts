import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  combineLatest,
  connect,
  defer,
  distinctUntilChanged,
  EMPTY,
  filter,
  map,
  merge,
  mergeMap,
  MonoTypeOperatorFunction,
  Observable,
  of,
  scan,
  shareReplay,
  switchMap,
  take,
  takeUntil,
  tap,
} from 'rxjs';
import { RECORDS, RecordsPort } from '../../data-access/backend';
import { EntityKind, EntityMap, Stamped } from '../../domain/model';
import { SessionApiActions } from '../session/session.actions';
import { OrgDataApiActions } from './org-data.actions';
import { orgDataFeature, STRUCTURE_KINDS } from './org-data.feature';
import { QueriedKind, RecordQuery, recordQueryKey } from './record-queries';
import { mergeById } from '../../domain/group-by';
import { sessionFeature } from '../session/session.feature';

type OrgDataAction = ReturnType<(typeof OrgDataApiActions)[keyof typeof OrgDataApiActions]>;

/** A user-timing mark per arrival, so `npm run bench` can say where the time goes. */
function marked<T extends OrgDataAction>(action: T): T {
  if (action.type === OrgDataApiActions.collectionLoaded.type) {
    performance.mark(`kompass:loaded:${(action as { kind: string }).kind}`);
  } else if (action.type === OrgDataApiActions.recordsLoaded.type) {
    const { kind, records } = action as ReturnType<typeof OrgDataApiActions.recordsLoaded>;
    performance.mark(`kompass:loaded:${kind}`, { detail: { count: records.length } });
  }
  return action;
}

/**
 * Marks how many documents a query's first answer held (`kompass:read`): on Firestore each is one
 * document read, so `npm run bench` adds them up for a session (later answers carry only changes).
 */
function readMarked<T>(
  key: string,
  documents: (found: T) => number = (found) => (found as unknown[]).length,
): MonoTypeOperatorFunction<T> {
  return (source) =>
    defer(() => {
      let first = true;
      return source.pipe(
        tap((found) => {
          if (first) performance.mark('kompass:read', { detail: { key, count: documents(found) } });
          first = false;
        }),
      );
    });
}

const failed = (kind: EntityKind) => (error: unknown) =>
  of(
    OrgDataApiActions.collectionLoadFailed({
      kind,
      error: error instanceof Error ? error.message : String(error),
    }),
  );

type WatchedQuery = Exclude<RecordQuery, { kind: 'summaries' }>;

/** One query's current records; null once it is no longer watched. */
interface Delivery {
  query: WatchedQuery;
  records: Stamped[] | null;
}

/**
 * Reports, indicators, activities and Kolada values are read only as the pages ask (a region has
 * 100 000 reports and 40 000 indicators): one plan's reports of a period, a department's, a plan's
 * indicators … Each query is watched from when it is wanted until it no longer is (forgotten, or
 * covered by a wider one), and each collection's results are merged.
 */
function watchRecords(records: RecordsPort, store: Store): Observable<OrgDataAction> {
  // The watched queries with their keys, worked out once per change for every watch that asks.
  const wanted$ = store.select(orgDataFeature.selectQueries).pipe(
    map((queries) => {
      const watched = queries.filter((q): q is WatchedQuery => q.kind !== 'summaries');
      return { queries: watched, keys: new Set(watched.map(recordQueryKey)) };
    }),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  return wanted$.pipe(
    // The queries that were not wanted a moment ago.
    scan(
      ({ keys }, wanted) => ({
        keys: wanted.keys,
        added: wanted.queries.filter((query) => !keys.has(recordQueryKey(query))),
      }),
      { keys: new Set<string>(), added: [] as WatchedQuery[] },
    ),
    mergeMap(({ added }) => added),
    mergeMap((query): Observable<Delivery | OrgDataAction> => {
      const gone$ = wanted$.pipe(
        filter(({ keys }) => !keys.has(recordQueryKey(query))),
        take(1),
      );
      const { kind, ...where } = query;
      return merge(
        records.watch(kind, { where }).pipe(
          readMarked(recordQueryKey(query)),
          map((found): Delivery => ({ query, records: found })),
          catchError(failed(kind)),
          takeUntil(gone$),
        ),
        gone$.pipe(map((): Delivery => ({ query, records: null }))),
      );
    }),
    // Failures go out as they are; each query's latest records are merged into its collection.
    connect((deliveries) =>
      merge(
        deliveries.pipe(filter((d): d is OrgDataAction => 'type' in d)),
        deliveries.pipe(
          filter((d): d is Delivery => 'query' in d),
          scan(
            ({ latest }, d) => {
              const next = new Map(latest);
              if (d.records) next.set(recordQueryKey(d.query), { query: d.query, records: d.records });
              else next.delete(recordQueryKey(d.query));
              return { latest: next, kind: d.query.kind };
            },
            {
              latest: new Map<string, { query: WatchedQuery; records: Stamped[] }>(),
              kind: 'reports' as QueriedKind,
            },
          ),
          map(({ latest, kind }) => {
            const all = [...latest.values()];
            return marked(
              OrgDataApiActions.recordsLoaded({
                kind,
                records: mergeById(
                  all.filter((d) => d.query.kind === kind).map((d) => d.records),
                ) as EntityMap[QueriedKind][],
                loaded: all.map((d) => d.query),
              }),
            );
          }),
        ),
      ),
    ),
  );
}

/**
 * While someone is signed in, their organisation's collections are watched live; a report
 * submitted in another tab or by another person arrives without a reload.
 */
export const watchOrgData = createEffect(
  (actions$ = inject(Actions), records = inject(RECORDS), store = inject(Store)) => {
    return actions$.pipe(
      ofType(SessionApiActions.sessionChanged, SessionApiActions.signedIn),
      map(({ session }) => session?.member.id ?? null),
      distinctUntilChanged(),
      switchMap((memberId): Observable<OrgDataAction> => {
        if (!memberId) return of(OrgDataApiActions.cleared());
        const watchKind = (kind: EntityKind) =>
          (kind === 'goals'
            ? // The plans' outlines, not each goal: a region's 10 000 goals are about 40 documents.
              records.watchGoals().pipe(
                readMarked(kind, ({ documents }) => documents),
                map(({ goals }) => goals),
              )
            : records.watch(kind).pipe(readMarked(kind))
          ).pipe(
            map((found) => marked(OrgDataApiActions.collectionLoaded({ kind, records: found }))),
            catchError(failed(kind)),
          );
        // The plans' structure in full; everything else as the pages shown ask for it.
        return merge(
          of(OrgDataApiActions.cleared()),
          ...STRUCTURE_KINDS.map(watchKind),
          watchRecords(records, store),
        );
      }),
    );
  },
  { functional: true },
);

/**
 * The summaries of the periods a dashboard shows, live while someone is signed in: one document
 * per plan and period on Firebase, however many reports there are.
 */
export const watchSummaries = createEffect(
  (records = inject(RECORDS), store = inject(Store)) => {
    return combineLatest([
      store.select(sessionFeature.selectMember).pipe(map((member) => member?.id ?? null)),
      store.select(orgDataFeature.selectSummaryPeriodIds),
    ]).pipe(
      distinctUntilChanged(
        ([memberA, idsA], [memberB, idsB]) => memberA === memberB && idsA.join() === idsB.join(),
      ),
      switchMap(([memberId, periodIds]) =>
        !memberId || periodIds.length === 0
          ? EMPTY
          : records.watchSummaries(periodIds).pipe(
              readMarked(`summaries?periodId=${periodIds.join(',')}`),
              map((summaries) => OrgDataApiActions.summariesLoaded({ periodIds, summaries })),
              catchError((error: unknown) =>
                of(
                  OrgDataApiActions.summariesLoadFailed({
                    error: error instanceof Error ? error.message : String(error),
                  }),
                ),
              ),
            ),
      ),
    );
  },
  { functional: true },
);
