import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  combineLatest,
  connect,
  distinctUntilChanged,
  EMPTY,
  filter,
  map,
  merge,
  mergeMap,
  Observable,
  of,
  scan,
  shareReplay,
  switchMap,
  take,
  takeUntil,
} from 'rxjs';
import { RECORDS, RecordsPort } from '../../data-access/backend';
import { ENTITY_KINDS, EntityKind, Report } from '../../domain/model';
import { SessionApiActions } from '../session/session.actions';
import { OrgDataApiActions } from './org-data.actions';
import { LARGE_KINDS, orgDataFeature, STRUCTURE_KINDS } from './org-data.feature';
import { reportQueryKey, ReportQuery } from './report-queries';
import { mergeById } from '../../domain/group-by';
import { sessionFeature } from '../session/session.feature';

type OrgDataAction = ReturnType<(typeof OrgDataApiActions)[keyof typeof OrgDataApiActions]>;

/** A user-timing mark per arrival, so `npm run bench` can say where the time goes. */
function marked<T extends OrgDataAction>(action: T): T {
  if (action.type === OrgDataApiActions.collectionLoaded.type) {
    performance.mark(`kompass:loaded:${(action as { kind: string }).kind}`);
  } else if (action.type === OrgDataApiActions.reportsLoaded.type) {
    const count = (action as ReturnType<typeof OrgDataApiActions.reportsLoaded>).records.length;
    performance.mark('kompass:loaded:reports', { detail: { count } });
  }
  return action;
}

const failed = (kind: (typeof ENTITY_KINDS)[number]) => (error: unknown) =>
  of(
    OrgDataApiActions.collectionLoadFailed({
      kind,
      error: error instanceof Error ? error.message : String(error),
    }),
  );

/** One report query's current records; null once it is no longer watched. */
interface Delivery {
  query: ReportQuery;
  records: Report[] | null;
}

/**
 * Reports are the one large collection (a region has 100 000): only what the pages asked for is
 * watched (one plan's reports of a period, a department's, a goal's), each query from when it is
 * wanted until it no longer is (forgotten, or covered by a wider one), and their results are merged.
 */
function watchReports(records: RecordsPort, store: Store): Observable<OrgDataAction> {
  // The watched queries with their keys, worked out once per change for every watch that asks.
  const wanted$ = store.select(orgDataFeature.selectReportQueries).pipe(
    map((queries) => ({ queries, keys: new Set(queries.map(reportQueryKey)) })),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  return wanted$.pipe(
    // The queries that were not wanted a moment ago.
    scan(
      ({ keys }, wanted) => ({
        keys: wanted.keys,
        added: wanted.queries.filter((query) => !keys.has(reportQueryKey(query))),
      }),
      { keys: new Set<string>(), added: [] as ReportQuery[] },
    ),
    mergeMap(({ added }) => added),
    mergeMap((query): Observable<Delivery | OrgDataAction> => {
      const gone$ = wanted$.pipe(
        filter(({ keys }) => !keys.has(reportQueryKey(query))),
        take(1),
      );
      return merge(
        records.watch('reports', { where: query }).pipe(
          map((records) => ({ query, records })),
          catchError(failed('reports')),
          takeUntil(gone$),
        ),
        gone$.pipe(map(() => ({ query, records: null }))),
      );
    }),
    // Failures go out as they are; each query's latest records are merged into one collection.
    connect((deliveries) =>
      merge(
        deliveries.pipe(filter((d): d is OrgDataAction => 'type' in d)),
        deliveries.pipe(
          filter((d): d is Delivery => 'query' in d),
          scan((latest, d) => {
            const next = new Map(latest);
            if (d.records) next.set(reportQueryKey(d.query), { query: d.query, records: d.records });
            else next.delete(reportQueryKey(d.query));
            return next;
          }, new Map<string, { query: ReportQuery; records: Report[] }>()),
          map((latest) =>
            marked(
              OrgDataApiActions.reportsLoaded({
                queries: [...latest.values()].map((d) => d.query),
                records: mergeById([...latest.values()].map((d) => d.records)),
              }),
            ),
          ),
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
          records.watch(kind).pipe(
            map((records) => marked(OrgDataApiActions.collectionLoaded({ kind, records }))),
            catchError(failed(kind)),
          );
        // The plans' structure first, and what the open page asked for (summaries, reports); the
        // rest once those have arrived, so that opening the overview does not wait for (or compete
        // with) 40 000 indicators it does not show.
        const later$ = store.select(orgDataFeature.selectFirstPageReady).pipe(
          filter(Boolean),
          take(1),
          switchMap(() => merge(...LARGE_KINDS.map(watchKind))),
        );
        return merge(
          of(OrgDataApiActions.cleared()),
          ...STRUCTURE_KINDS.map(watchKind),
          watchReports(records, store),
          later$,
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
