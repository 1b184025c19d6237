import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { Account, DemoPerson, Session, SyncState } from '../../data-access/backend';
import { SignInProblem } from '../../domain/errors';
import { Role } from '../../domain/model';
import { StartupProblem } from '../config/startup-problem';
import { SessionApiActions, SignInPageActions } from './session.actions';

export interface SessionState {
  session: Session | null;
  /** Whether the start-up check for a surviving session has finished. */
  resolved: boolean;
  signingIn: boolean;
  error: string | null;
  demoPeople: DemoPerson[];
  resetting: boolean;
  resetDone: boolean;
  /** Why the backend could not start, if it could not. */
  backendProblem: StartupProblem | null;
  /** Demo people (embedded backend) or accounts (Firebase); null until the backend is loaded. */
  signInMethod: 'demo' | 'account' | null;
  /** The account signed in with the identity provider, with or without access. */
  account: Account | null;
  /** Why the last account sign-in or password reset failed. */
  signInProblem: SignInProblem | null;
  passwordResetSent: boolean;
  /** Changes saved on this device that wait for the connection (Firebase while offline). */
  sync: SyncState;
}

const initialState: SessionState = {
  session: null,
  resolved: false,
  signingIn: false,
  error: null,
  demoPeople: [],
  resetting: false,
  resetDone: false,
  backendProblem: null,
  signInMethod: null,
  account: null,
  signInProblem: null,
  passwordResetSent: false,
  sync: { pending: false, failure: null },
};

export const sessionFeature = createFeature({
  name: 'session',
  reducer: createReducer(
    initialState,
    on(SessionApiActions.sessionChanged, (state, { session }): SessionState => ({
      ...state,
      session,
      resolved: true,
    })),
    on(SignInPageActions.opened, (state): SessionState => ({
      ...state,
      error: null,
      resetDone: false,
      signInProblem: null,
      passwordResetSent: false,
    })),
    on(SessionApiActions.backendReady, (state, { signInMethod }): SessionState => ({
      ...state,
      signInMethod,
    })),
    on(SessionApiActions.accountChanged, (state, { account }): SessionState => ({ ...state, account })),
    on(SignInPageActions.passwordSubmitted, SignInPageActions.microsoftChosen, (state): SessionState => ({
      ...state,
      signingIn: true,
      signInProblem: null,
      passwordResetSent: false,
    })),
    on(SessionApiActions.noAccess, (state): SessionState => ({ ...state, signingIn: false })),
    on(SessionApiActions.accountSignInFailed, (state, { problem }): SessionState => ({
      ...state,
      signingIn: false,
      signInProblem: problem,
    })),
    on(SignInPageActions.passwordResetRequested, (state): SessionState => ({
      ...state,
      signInProblem: null,
      passwordResetSent: false,
    })),
    on(SessionApiActions.passwordResetSent, (state): SessionState => ({ ...state, passwordResetSent: true })),
    on(SessionApiActions.syncChanged, (state, { sync }): SessionState => ({ ...state, sync })),
    on(SignInPageActions.personChosen, (state): SessionState => ({ ...state, signingIn: true, error: null })),
    on(SessionApiActions.signedIn, (state, { session }): SessionState => ({
      ...state,
      session,
      signingIn: false,
      resolved: true,
    })),
    on(SessionApiActions.signInFailed, (state, { error }): SessionState => ({
      ...state,
      signingIn: false,
      error,
    })),
    on(SessionApiActions.demoPeopleLoaded, (state, { people }): SessionState => ({
      ...state,
      demoPeople: people,
    })),
    on(SessionApiActions.demoPeopleLoadFailed, (state, { error }): SessionState => ({ ...state, error })),
    on(SignInPageActions.resetDemoConfirmed, (state): SessionState => ({
      ...state,
      resetting: true,
      resetDone: false,
      error: null,
    })),
    on(SessionApiActions.demoReset, (state): SessionState => ({
      ...state,
      resetting: false,
      resetDone: true,
    })),
    on(SessionApiActions.backendFailed, (state, { problem }): SessionState => ({
      ...state,
      backendProblem: problem,
      resolved: true,
    })),
    on(SessionApiActions.demoResetFailed, (state, { error }): SessionState => ({
      ...state,
      resetting: false,
      error,
    })),
  ),
  extraSelectors: ({ selectSession }) => {
    const selectMember = createSelector(selectSession, (session) => session?.member ?? null);
    const selectRoles = createSelector(selectMember, (member): Role[] => member?.roles ?? []);
    return {
      /** The signed-in person, or null. */
      selectMember,
      selectRoles,
      selectSignedIn: createSelector(selectMember, (member) => member !== null),
    };
  },
});

/**
 * Where each role starts after signing in: a department head sees their reporting first, an
 * administrator (with no other work role) the departments and people.
 */
export function homeFor(roles: readonly Role[]): string {
  if (roles.includes('reporter')) return '/reporting';
  if (roles.includes('strategist')) return '/plans';
  if (roles.includes('admin')) return '/admin';
  return '/overview';
}
