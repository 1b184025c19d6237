import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, defer, exhaustMap, from, map, of, switchMap, tap } from 'rxjs';
import { BackendLoader } from '../backend/backend-loader';
import { SessionApiActions, ShellActions, SignInPageActions } from './session.actions';
import { homeFor } from './session.feature';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const loadDemoPeople = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(SignInPageActions.opened, SessionApiActions.demoReset),
      switchMap(() =>
        from(loader.backend.demoPeople()).pipe(
          map((people) => SessionApiActions.demoPeopleLoaded({ people })),
          catchError((error) => of(SessionApiActions.demoPeopleLoadFailed({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const signIn = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(SignInPageActions.personChosen),
      exhaustMap(({ memberId }) =>
        from(loader.backend.signInAs(memberId)).pipe(
          map((session) => SessionApiActions.signedIn({ session })),
          catchError((error) => of(SessionApiActions.signInFailed({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const navigateAfterSignIn = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(SessionApiActions.signedIn),
      tap(({ session }) => void router.navigateByUrl(homeFor(session.member.roles))),
    );
  },
  { functional: true, dispatch: false },
);

export const signOut = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader), router = inject(Router)) => {
    return actions$.pipe(
      ofType(ShellActions.signOutClicked),
      exhaustMap(() => from(loader.backend.signOut())),
      tap(() => void router.navigateByUrl('/sign-in')),
    );
  },
  { functional: true, dispatch: false },
);

export const resetDemo = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(SignInPageActions.resetDemoConfirmed),
      exhaustMap(() =>
        from(loader.backend.resetDemo()).pipe(
          map(() => SessionApiActions.demoReset()),
          catchError((error) => of(SessionApiActions.demoResetFailed({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Follows the backend's session: sign-in or sign-out in another tab applies here too. */
export const followSession = createEffect(
  (loader = inject(BackendLoader)) => {
    return defer(() => from(loader.load())).pipe(
      switchMap((backend) => backend.session$),
      map((session) => SessionApiActions.sessionChanged({ session })),
    );
  },
  { functional: true },
);
