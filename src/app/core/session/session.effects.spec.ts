import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Actions } from '@ngrx/effects';
import { provideMockActions } from '@ngrx/effects/testing';
import { firstValueFrom, Observable, of, Subject, toArray } from 'rxjs';
import { AccountSignIn, ACCOUNTS, DEMO, DemoSignIn, SYNC, SyncPort } from '../../data-access/backend';
import { SignInFailed } from '../../domain/errors';
import { SessionApiActions, SignInPageActions } from './session.actions';
import {
  followSync,
  loadDemoPeople,
  requestPasswordReset,
  signIn,
  signInWithAccount,
} from './session.effects';

/**
 * The sign-in effects ask whether the backend has a job (demo people, accounts, sync) instead of
 * calling it and catching "not available".
 */
describe('session effects (jobs the backend may not have)', () => {
  const person = {
    memberId: 'm1',
    name: 'Anna',
    title: 'Strateg',
    roles: ['strategist' as const],
    departmentNames: [],
  };
  const demo: DemoSignIn = {
    demoPeople: () => Promise.resolve([person]),
    signInAs: () => Promise.reject(new Error('not in this test')),
    resetDemo: () => Promise.resolve(),
  };
  const accounts = {
    account$: of(null),
    signInWithPassword: () => Promise.resolve(null),
    signInWithMicrosoft: () => Promise.resolve(null),
    sendPasswordReset: () => Promise.resolve(),
  } satisfies AccountSignIn;

  function setUp(jobs: { demo: DemoSignIn | null; accounts: AccountSignIn | null; sync: SyncPort | null }) {
    const actions = new Subject<ReturnType<(typeof SignInPageActions)[keyof typeof SignInPageActions]>>();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockActions(() => actions),
        { provide: DEMO, useValue: jobs.demo },
        { provide: ACCOUNTS, useValue: jobs.accounts },
        { provide: SYNC, useValue: jobs.sync },
      ],
    });
    TestBed.inject(Actions);
    return actions;
  }

  /** What an effect emits for one action, once it has settled. */
  async function after<T>(effect: () => Observable<T>, send: () => void): Promise<T[]> {
    const emitted: T[] = [];
    const subscription = TestBed.runInInjectionContext(effect).subscribe((a) => emitted.push(a));
    send();
    await new Promise((resolve) => setTimeout(resolve));
    subscription.unsubscribe();
    return emitted;
  }

  it('lists the demo people when there is a demo, and nobody (no call, no error) when there is none', async () => {
    let actions = setUp({ demo, accounts: null, sync: null });
    expect(
      await after(
        () => loadDemoPeople(),
        () => actions.next(SignInPageActions.opened()),
      ),
    ).toEqual([SessionApiActions.demoPeopleLoaded({ people: [person] })]);
    TestBed.resetTestingModule();
    actions = setUp({ demo: null, accounts, sync: null });
    expect(
      await after(
        () => loadDemoPeople(),
        () => actions.next(SignInPageActions.opened()),
      ),
    ).toEqual([]);
  });

  const refused = [
    {
      name: 'demo sign-in without a demo',
      effect: () => signIn(),
      action: SignInPageActions.personChosen({ memberId: 'm1' }),
      jobs: { demo: null, accounts, sync: null },
      expected: SessionApiActions.signInFailed({ error: new SignInFailed('not-available').message }),
    },
    {
      name: 'password sign-in without accounts',
      effect: () => signInWithAccount(),
      action: SignInPageActions.passwordSubmitted({ email: 'a@b.se', password: 'x' }),
      jobs: { demo, accounts: null, sync: null },
      expected: SessionApiActions.accountSignInFailed({ problem: 'not-available' }),
    },
    {
      name: 'Microsoft sign-in without accounts',
      effect: () => signInWithAccount(),
      action: SignInPageActions.microsoftChosen(),
      jobs: { demo, accounts: null, sync: null },
      expected: SessionApiActions.accountSignInFailed({ problem: 'not-available' }),
    },
    {
      name: 'a password reset without accounts',
      effect: () => requestPasswordReset(),
      action: SignInPageActions.passwordResetRequested({ email: 'a@b.se' }),
      jobs: { demo, accounts: null, sync: null },
      expected: SessionApiActions.accountSignInFailed({ problem: 'not-available' }),
    },
  ];
  for (const { name, effect, action, jobs, expected } of refused) {
    it(`refuses ${name} with a clear reason`, async () => {
      const actions = setUp(jobs);
      expect(await after<unknown>(effect, () => actions.next(action))).toEqual([expected]);
    });
  }

  it('follows the sync state where there is a server, and reports nothing where there is none', async () => {
    setUp({ demo, accounts: null, sync: null });
    expect(await firstValueFrom(TestBed.runInInjectionContext(() => followSync()).pipe(toArray()))).toEqual(
      [],
    );
    TestBed.resetTestingModule();
    const state = { pending: true, failure: null };
    setUp({ demo: null, accounts, sync: { sync$: of(state) } });
    expect(await firstValueFrom(TestBed.runInInjectionContext(() => followSync()).pipe(toArray()))).toEqual([
      SessionApiActions.syncChanged({ sync: state }),
    ]);
  });
});
