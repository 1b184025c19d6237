import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, defer, EMPTY, exhaustMap, from, map, of, switchMap, tap } from 'rxjs';
import { ACCOUNTS, DEMO, SESSIONS, SYNC } from '../../data-access/backend';
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
  (actions$ = inject(Actions), demo = inject(DEMO)) => {
    return actions$.pipe(
      ofType(SignInPageActions.opened, SessionApiActions.demoReset),
      switchMap(() =>
        // Without a demo there is no one to list: the sign-in page asks for an account instead.
        !demo
          ? EMPTY
          : from(demo.demoPeople()).pipe(
              map((people) => SessionApiActions.demoPeopleLoaded({ people })),
              catchError((error) => of(SessionApiActions.demoPeopleLoadFailed({ error: message(error) }))),
            ),
      ),
    );
  },
  { functional: true },
);

export const signIn = createEffect(
  (actions$ = inject(Actions), demo = inject(DEMO)) => {
    return actions$.pipe(
      ofType(SignInPageActions.personChosen),
      exhaustMap(({ memberId }) =>
        defer(() =>
          demo ? demo.signInAs(memberId) : Promise.reject(new SignInFailed('not-available')),
        ).pipe(
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
  (actions$ = inject(Actions), accounts = inject(ACCOUNTS)) => {
    return actions$.pipe(
      ofType(SignInPageActions.passwordSubmitted, SignInPageActions.microsoftChosen),
      exhaustMap((action) =>
        defer(() =>
          !accounts
            ? Promise.reject(new SignInFailed('not-available'))
            : action.type === SignInPageActions.passwordSubmitted.type
              ? accounts.signInWithPassword(action.email, action.password)
              : accounts.signInWithMicrosoft(),
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
  (actions$ = inject(Actions), accounts = inject(ACCOUNTS)) => {
    return actions$.pipe(
      ofType(SignInPageActions.passwordResetRequested),
      exhaustMap(({ email }) =>
        defer(() =>
          accounts ? accounts.sendPasswordReset(email) : Promise.reject(new SignInFailed('not-available')),
        ).pipe(
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
  (actions$ = inject(Actions), sessions = inject(SESSIONS), router = inject(Router)) => {
    return actions$.pipe(
      ofType(ShellActions.signOutClicked, NoAccessPageActions.signOutClicked),
      exhaustMap(() => from(sessions.signOut())),
      tap(() => void router.navigateByUrl('/sign-in')),
    );
  },
  { functional: true, dispatch: false },
);

export const resetDemo = createEffect(
  (actions$ = inject(Actions), demo = inject(DEMO)) => {
    return actions$.pipe(
      ofType(SignInPageActions.resetDemoConfirmed),
      exhaustMap(() =>
        defer(() => (demo ? demo.resetDemo() : Promise.reject(new SignInFailed('not-available')))).pipe(
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
  (accounts = inject(ACCOUNTS)) => {
    return (accounts?.account$ ?? of(null)).pipe(
      map((account) => SessionApiActions.accountChanged({ account })),
    );
  },
  { functional: true },
);

/** Follows whether changes wait to be sent (Firebase while offline; nothing waits without a server). */
export const followSync = createEffect(
  (sync = inject(SYNC)) => {
    return (sync?.sync$ ?? EMPTY).pipe(map((sync) => SessionApiActions.syncChanged({ sync })));
  },
  { functional: true },
);

/** Follows the backend's session: sign-in or sign-out in another tab applies here too. */
export const followSession = createEffect(
  (sessions = inject(SESSIONS)) => {
    return sessions.session$.pipe(map((session) => SessionApiActions.sessionChanged({ session })));
  },
  { functional: true },
);
