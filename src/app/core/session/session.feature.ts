import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { DemoPerson, Session } from '../../data-access/backend';
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
    on(SignInPageActions.opened, (state): SessionState => ({ ...state, error: null, resetDone: false })),
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

/** Where each role starts after signing in: a department head sees their reporting first. */
export function homeFor(roles: readonly Role[]): string {
  if (roles.includes('reporter')) return '/reporting';
  if (roles.includes('strategist') || roles.includes('admin')) return '/plans';
  return '/overview';
}
