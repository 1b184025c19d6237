import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  combineLatest,
  distinctUntilChanged,
  filter,
  map,
  merge,
  Observable,
  of,
  switchMap,
} from 'rxjs';
import { Backend } from '../../data-access/backend';
import { ENTITY_KINDS, Report } from '../../domain/model';
import { BackendLoader } from '../backend/backend-loader';
import { SessionApiActions } from '../session/session.actions';
import { OrgDataApiActions } from './org-data.actions';
import { orgDataFeature } from './org-data.feature';
import { selectRecentPeriodIds } from './org-data.selectors';

type OrgDataAction = ReturnType<(typeof OrgDataApiActions)[keyof typeof OrgDataApiActions]>;

const failed = (kind: (typeof ENTITY_KINDS)[number]) => (error: unknown) =>
  of(
    OrgDataApiActions.collectionLoadFailed({
      kind,
      error: error instanceof Error ? error.message : String(error),
    }),
  );

/**
 * Reports are the one large collection (a region has 100 000): by default only the recent periods'
 * reports are watched, each through the indexed period query; a page that shows history asks for
 * all of them.
 */
function watchReports(backend: Backend, store: Store): Observable<OrgDataAction> {
  const periodsLoaded$ = store.select(orgDataFeature.selectLoaded).pipe(
    map((loaded) => loaded.periods === true),
    distinctUntilChanged(),
  );
  const scope$ = combineLatest([
    store.select(orgDataFeature.selectReportScope),
    store.select(selectRecentPeriodIds).pipe(distinctUntilChanged((a, b) => a.join() === b.join())),
    periodsLoaded$,
  ]);
  return scope$.pipe(
    filter(([, , periodsLoaded]) => periodsLoaded),
    distinctUntilChanged(
      ([scopeA, idsA], [scopeB, idsB]) =>
        scopeA === scopeB && (scopeA === 'all' || idsA.join() === idsB.join()),
    ),
    switchMap(([scope, periodIds]) => {
      const reports$: Observable<Report[]> =
        scope === 'all' || periodIds.length === 0
          ? scope === 'all'
            ? backend.watch('reports')
            : of([])
          : combineLatest(
              periodIds.map((periodId) => backend.watch('reports', { where: { periodId } })),
            ).pipe(map((groups) => groups.flat()));
      return reports$.pipe(
        map((records) => OrgDataApiActions.collectionLoaded({ kind: 'reports', records })),
        catchError(failed('reports')),
      );
    }),
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
        return merge(
          of(OrgDataApiActions.cleared()),
          ...ENTITY_KINDS.filter((kind) => kind !== 'reports').map((kind) =>
            loader.backend.watch(kind).pipe(
              map((records) => OrgDataApiActions.collectionLoaded({ kind, records })),
              catchError(failed(kind)),
            ),
          ),
          watchReports(loader.backend, store),
        );
      }),
    );
  },
  { functional: true },
);
