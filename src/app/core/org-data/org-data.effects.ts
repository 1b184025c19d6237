import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  combineLatest,
  distinct,
  distinctUntilChanged,
  EMPTY,
  filter,
  map,
  merge,
  mergeMap,
  Observable,
  of,
  scan,
  switchMap,
  take,
} from 'rxjs';
import { Backend } from '../../data-access/backend';
import { ENTITY_KINDS, EntityKind, Report } from '../../domain/model';
import { BackendLoader } from '../backend/backend-loader';
import { SessionApiActions } from '../session/session.actions';
import { OrgDataApiActions } from './org-data.actions';
import { DASHBOARD_KINDS, orgDataFeature } from './org-data.feature';
import { reportQueryKey, ReportQuery } from './report-queries';
import { mergeById } from '../../domain/group-by';
import { sessionFeature } from '../session/session.feature';

const LATER_KINDS = ENTITY_KINDS.filter((kind) => !(DASHBOARD_KINDS as readonly EntityKind[]).includes(kind));

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

type Delivery =
  | { query: ReportQuery; records: Report[]; error?: undefined }
  | { query: ReportQuery; error: string; records?: undefined };

/**
 * Reports are the one large collection (a region has 100 000): only what the pages shown so far
 * asked for is watched (one plan's reports of a period, a department's, a goal's), each query once,
 * and their results are merged.
 */
function watchReports(backend: Backend, store: Store): Observable<OrgDataAction> {
  return store.select(orgDataFeature.selectReportQueries).pipe(
    mergeMap((queries) => queries),
    distinct(reportQueryKey),
    mergeMap((query) =>
      backend.watch('reports', { where: query }).pipe(
        map((records): Delivery => ({ query, records })),
        catchError((error: unknown) =>
          of<Delivery>({ query, error: error instanceof Error ? error.message : String(error) }),
        ),
      ),
    ),
    scan(
      ({ results }, delivery) => {
        if (delivery.error !== undefined) {
          return { results, action: failed('reports')(delivery.error) };
        }
        const next = new Map(results).set(reportQueryKey(delivery.query), delivery);
        const delivered = [...next.values()];
        return {
          results: next,
          action: of(
            marked(
              OrgDataApiActions.reportsLoaded({
                queries: delivered.map((d) => d.query),
                records: mergeById(delivered.map((d) => d.records)),
              }),
            ),
          ),
        };
      },
      {
        results: new Map<string, Delivery & { records: Report[] }>(),
        action: EMPTY as Observable<OrgDataAction>,
      },
    ),
    mergeMap(({ action }) => action),
  );
}

/**
 * While someone is signed in, their organisation's collections are watched live; a report
 * submitted in another tab or by another person arrives without a reload.
 */
export const watchOrgData = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader), store = inject(Store)) => {
    return actions$.pipe(
      ofType(SessionApiActions.sessionChanged, SessionApiActions.signedIn),
      map(({ session }) => session?.member.id ?? null),
      distinctUntilChanged(),
      switchMap((memberId): Observable<OrgDataAction> => {
        if (!memberId) return of(OrgDataApiActions.cleared());
        const watchKind = (kind: EntityKind) =>
          loader.backend.watch(kind).pipe(
            map((records) => marked(OrgDataApiActions.collectionLoaded({ kind, records }))),
            catchError(failed(kind)),
          );
        // The plans' structure first, and what the open page asked for (summaries, reports); the
        // rest once those have arrived, so that opening the overview does not wait for (or compete
        // with) 40 000 indicators it does not show.
        const later$ = store.select(orgDataFeature.selectFirstPageReady).pipe(
          filter(Boolean),
          take(1),
          switchMap(() => merge(...LATER_KINDS.map(watchKind))),
        );
        return merge(
          of(OrgDataApiActions.cleared()),
          ...DASHBOARD_KINDS.filter((kind) => kind !== 'reports').map(watchKind),
          watchReports(loader.backend, store),
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
  (loader = inject(BackendLoader), store = inject(Store)) => {
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
          : loader.backend.watchSummaries(periodIds).pipe(
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
