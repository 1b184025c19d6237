import { createTestMember } from '../../testing/builders';
import { homeFor, sessionFeature } from './session.feature';
import { SessionApiActions, SignInPageActions } from './session.actions';
import { Role } from '../../domain/model';

describe('session state', () => {
  const reducer = sessionFeature.reducer;
  const initial = reducer(undefined, { type: 'init' });
  const session = {
    member: createTestMember(),
    organisation: { id: 'org-1', name: 'Halmstad', municipalityCode: '1380' },
  };

  it('is unresolved until the backend reports a session', () => {
    expect(initial.resolved).toBeFalse();
    expect(reducer(initial, SessionApiActions.sessionChanged({ session: null })).resolved).toBeTrue();
  });

  it('tracks sign-in and its failure', () => {
    const signingIn = reducer(initial, SignInPageActions.personChosen({ memberId: 'm-1' }));
    expect(signingIn.signingIn).toBeTrue();
    expect(reducer(signingIn, SessionApiActions.signedIn({ session })).session).toEqual(session);
    const failed = reducer(signingIn, SessionApiActions.signInFailed({ error: 'Nej' }));
    expect([failed.signingIn, failed.error]).toEqual([false, 'Nej']);
  });

  it('tracks account sign-in: no access, a refusal with its reason, a password reset', () => {
    const ready = reducer(initial, SessionApiActions.backendReady({ signInMethod: 'account' }));
    expect(ready.signInMethod).toBe('account');
    const signingIn = reducer(ready, SignInPageActions.passwordSubmitted({ email: 'a@b.se', password: 'x' }));
    expect(signingIn.signingIn).toBeTrue();

    const account = { uid: 'u1', email: 'a@b.se', name: '' };
    const noAccess = reducer(
      reducer(signingIn, SessionApiActions.accountChanged({ account })),
      SessionApiActions.noAccess(),
    );
    expect([noAccess.signingIn, noAccess.account, noAccess.session]).toEqual([false, account, null]);

    const refused = reducer(
      signingIn,
      SessionApiActions.accountSignInFailed({ problem: 'wrong-credentials' }),
    );
    expect([refused.signingIn, refused.signInProblem]).toEqual([false, 'wrong-credentials']);
    // Trying again clears the old reason.
    expect(reducer(refused, SignInPageActions.microsoftChosen()).signInProblem).toBeNull();

    const sent = reducer(refused, SessionApiActions.passwordResetSent());
    expect(sent.passwordResetSent).toBeTrue();
    expect(reducer(sent, SignInPageActions.opened()).passwordResetSent).toBeFalse();
  });

  const homes: [Role[], string][] = [
    [['reporter'], '/reporting'],
    [['reporter', 'committee'], '/reporting'],
    [['strategist'], '/plans'],
    [['admin'], '/admin'],
    [['strategist', 'admin'], '/plans'],
    [['committee'], '/overview'],
  ];
  for (const [roles, home] of homes) {
    it(`sends ${roles.join(' + ')} to ${home} after sign-in`, () => expect(homeFor(roles)).toBe(home));
  }
});
