import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Account, DemoPerson, Session, SyncState } from '../../data-access/backend';
import { SignInProblem } from '../../domain/errors';
import { StartupProblem } from '../config/startup-problem';

export const SignInPageActions = createActionGroup({
  source: 'Sign In Page',
  events: {
    Opened: emptyProps(),
    'Person Chosen': props<{ memberId: string }>(),
    'Reset Demo Confirmed': emptyProps(),
    'Password Submitted': props<{ email: string; password: string }>(),
    'Microsoft Chosen': emptyProps(),
    'Password Reset Requested': props<{ email: string }>(),
  },
});

export const NoAccessPageActions = createActionGroup({
  source: 'No Access Page',
  events: {
    'Sign Out Clicked': emptyProps(),
  },
});

export const ShellActions = createActionGroup({
  source: 'Shell',
  events: {
    'Sign Out Clicked': emptyProps(),
  },
});

export const SessionApiActions = createActionGroup({
  source: 'Session API',
  events: {
    /** The backend reported the current session (start-up, sign-in, sign-out, another tab). */
    'Session Changed': props<{ session: Session | null }>(),
    'Signed In': props<{ session: Session }>(),
    'Sign In Failed': props<{ error: string }>(),
    'Demo People Loaded': props<{ people: DemoPerson[] }>(),
    'Demo People Load Failed': props<{ error: string }>(),
    'Demo Reset': emptyProps(),
    'Demo Reset Failed': props<{ error: string }>(),
    /** The backend could not start (e.g. no IndexedDB in a private window). */
    'Backend Failed': props<{ problem: StartupProblem }>(),
    /** The backend is loaded; how people sign in with it. */
    'Backend Ready': props<{ signInMethod: 'demo' | 'account' }>(),
    /** The account signed in with the identity provider (with or without access). */
    'Account Changed': props<{ account: Account | null }>(),
    /** Signed in, but no administrator has given this account access yet. */
    'No Access': emptyProps(),
    'Account Sign In Failed': props<{ problem: SignInProblem }>(),
    'Password Reset Sent': emptyProps(),
    /** Whether changes wait to be sent to the server (Firebase while offline). */
    'Sync Changed': props<{ sync: SyncState }>(),
  },
});
