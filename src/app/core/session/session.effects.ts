import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, defer, exhaustMap, from, map, of, switchMap, tap } from 'rxjs';
import { BackendLoader } from '../backend/backend-loader';
import { SignInFailed, SignInProblem } from '../../domain/errors';
import { NoAccessPageActions, SessionApiActions, ShellActions, SignInPageActions } from './session.actions';
import { homeFor } from './session.feature';

function problemOf(error: unknown): SignInProblem {
  return error instanceof SignInFailed ? error.problem : 'unknown';
}

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

/** Account sign-in (Firebase): a session, or "no access yet" when no administrator has granted it. */
export const signInWithAccount = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(SignInPageActions.passwordSubmitted, SignInPageActions.microsoftChosen),
      exhaustMap((action) =>
        defer(() =>
          action.type === SignInPageActions.passwordSubmitted.type
            ? loader.backend.signInWithPassword(action.email, action.password)
            : loader.backend.signInWithMicrosoft(),
        ).pipe(
          map((session) =>
            session ? SessionApiActions.signedIn({ session }) : SessionApiActions.noAccess(),
          ),
          catchError((error) => of(SessionApiActions.accountSignInFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const requestPasswordReset = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(SignInPageActions.passwordResetRequested),
      exhaustMap(({ email }) =>
        defer(() => loader.backend.sendPasswordReset(email)).pipe(
          map(() => SessionApiActions.passwordResetSent()),
          catchError((error) => of(SessionApiActions.accountSignInFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const navigateWithoutAccess = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(SessionApiActions.noAccess),
      tap(() => void router.navigateByUrl('/no-access')),
    );
  },
  { functional: true, dispatch: false },
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
      ofType(ShellActions.signOutClicked, NoAccessPageActions.signOutClicked),
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

/** Follows the signed-in account (Firebase), with or without access. */
export const followAccount = createEffect(
  (loader = inject(BackendLoader)) => {
    return defer(() => from(loader.load())).pipe(
      switchMap((backend) => backend.account$),
      map((account) => SessionApiActions.accountChanged({ account })),
    );
  },
  { functional: true },
);

/** Follows whether changes wait to be sent (Firebase while offline). */
export const followSync = createEffect(
  (loader = inject(BackendLoader)) => {
    return defer(() => from(loader.load())).pipe(
      switchMap((backend) => backend.sync$),
      map((sync) => SessionApiActions.syncChanged({ sync })),
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
