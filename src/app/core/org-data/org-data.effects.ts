import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, distinctUntilChanged, map, merge, Observable, of, switchMap } from 'rxjs';
import { ENTITY_KINDS } from '../../domain/model';
import { BackendLoader } from '../backend/backend-loader';
import { SessionApiActions } from '../session/session.actions';
import { OrgDataApiActions } from './org-data.actions';

/**
 * While someone is signed in, every collection of their organisation is watched live;
 * a report submitted in another tab or by another person arrives without a reload.
 */
export const watchOrgData = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(SessionApiActions.sessionChanged, SessionApiActions.signedIn),
      map(({ session }) => session?.member.id ?? null),
      distinctUntilChanged(),
      switchMap(
        (memberId): Observable<ReturnType<(typeof OrgDataApiActions)[keyof typeof OrgDataApiActions]>> => {
          if (!memberId) return of(OrgDataApiActions.cleared());
          return merge(
            of(OrgDataApiActions.cleared()),
            ...ENTITY_KINDS.map((kind) =>
              loader.backend.watch(kind).pipe(
                map((records) => OrgDataApiActions.collectionLoaded({ kind, records })),
                catchError((error) =>
                  of(
                    OrgDataApiActions.collectionLoadFailed({
                      kind,
                      error: error instanceof Error ? error.message : String(error),
                    }),
                  ),
                ),
              ),
            ),
          );
        },
      ),
    );
  },
  { functional: true },
);
