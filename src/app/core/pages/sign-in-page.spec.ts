import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DemoPerson } from '../../data-access/backend';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { SignInPageActions } from '../session/session.actions';
import { sessionFeature } from '../session/session.feature';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  // Overridden selectors are module-wide singletons: leave them as found for the next spec.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const people: DemoPerson[] = [
    {
      memberId: 'm1',
      name: 'Samir Haddad',
      title: 'Integrationsstrateg',
      roles: ['strategist'],
      departmentNames: ['Kommunkontoret'],
    },
    {
      memberId: 'm2',
      name: 'Mikael Öberg',
      title: 'Förvaltningschef',
      roles: ['reporter'],
      departmentNames: ['UAF'],
    },
    { memberId: 'm3', name: 'Leila Karimi', title: 'Ledamot', roles: ['committee'], departmentNames: [] },
  ];
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        provideMockStore({
          selectors: [
            { selector: sessionFeature.selectDemoPeople, value: people },
            { selector: sessionFeature.selectSigningIn, value: false },
            { selector: sessionFeature.selectError, value: null },
            { selector: sessionFeature.selectResetting, value: false },
            { selector: sessionFeature.selectResetDone, value: false },
          ],
        }),
      ],
    });
    store = TestBed.inject(MockStore);
  });

  async function render() {
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
    return { fixture, dispatch, element: fixture.nativeElement as HTMLElement };
  }

  const button = (element: HTMLElement, label: string) =>
    [...element.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === label || b.textContent?.trim() === label,
    ) as HTMLButtonElement;

  it('asks for the demo people when opened', async () => {
    const { dispatch } = await render();
    expect(dispatch).toHaveBeenCalledWith(SignInPageActions.opened());
  });

  it('groups people by role under a heading each', async () => {
    const { element } = await render();
    expect([...element.querySelectorAll('h2')].map((h) => h.textContent?.trim())).toEqual([
      'Strateger',
      'Förvaltningar och rapportörer',
      'Ledamöter i nämnd och utskott',
      'Demodata',
    ]);
  });

  it('signs in as the chosen person', async () => {
    const { element, dispatch } = await render();
    button(element, 'Logga in som Mikael Öberg').click();
    expect(dispatch).toHaveBeenCalledWith(SignInPageActions.personChosen({ memberId: 'm2' }));
  });

  it('resets the demo data only after a confirmation', async () => {
    const { fixture, element, dispatch } = await render();
    button(element, 'Återställ demodata').click();
    await fixture.whenStable();
    expect(dispatch).not.toHaveBeenCalledWith(SignInPageActions.resetDemoConfirmed());
    button(element, 'Avbryt').click();
    await fixture.whenStable();
    button(element, 'Återställ demodata').click();
    await fixture.whenStable();
    button(element, 'Ja, återställ').click();
    expect(dispatch).toHaveBeenCalledWith(SignInPageActions.resetDemoConfirmed());
  });

  it('shows a failed sign-in as an alert, as text', async () => {
    store.overrideSelector(sessionFeature.selectError, '<b>nej</b>');
    const { element } = await render();
    const alert = element.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('<b>nej</b>');
    expect(alert.querySelector('b')).toBeNull();
  });

  describe('with accounts (Firebase)', () => {
    beforeEach(() => {
      store.overrideSelector(sessionFeature.selectSignInMethod, 'account');
      store.overrideSelector(sessionFeature.selectDemoPeople, []);
    });

    const type = async (
      fixture: { whenStable(): Promise<unknown> },
      element: HTMLElement,
      id: string,
      value: string,
    ) => {
      const input = element.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };

    it('offers Microsoft and email/password instead of demo people', async () => {
      const { element, dispatch } = await render();
      expect(button(element, 'Logga in som Samir Haddad')).toBeUndefined();
      button(element, 'Logga in med Microsoft').click();
      expect(dispatch).toHaveBeenCalledWith(SignInPageActions.microsoftChosen());
    });

    it('says what is missing next to the fields, keeps what was typed, and sends nothing', async () => {
      const { fixture, element, dispatch } = await render();
      await type(fixture, element, 'sign-in-email', 'samir.haddad');
      button(element, 'Logga in').click();
      await fixture.whenStable();
      expect(element.textContent).toContain('Skriv en hel e-postadress');
      expect(element.textContent).toContain('Skriv ditt lösenord.');
      expect(element.querySelector<HTMLInputElement>('#sign-in-email')!.value).toBe('samir.haddad');
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: SignInPageActions.passwordSubmitted.type }),
      );
    });

    it('signs in with the trimmed address and the password as typed', async () => {
      const { fixture, element, dispatch } = await render();
      await type(fixture, element, 'sign-in-email', '  samir@halmstad.se ');
      await type(fixture, element, 'sign-in-password', ' hemligt ');
      button(element, 'Logga in').click();
      expect(dispatch).toHaveBeenCalledWith(
        SignInPageActions.passwordSubmitted({ email: 'samir@halmstad.se', password: ' hemligt ' }),
      );
    });

    it('asks for the address before sending a password reset', async () => {
      const { fixture, element, dispatch } = await render();
      button(element, 'Glömt lösenordet?').click();
      await fixture.whenStable();
      expect(element.textContent).toContain('Skriv din e-postadress.');
      await type(fixture, element, 'sign-in-email', 'samir@halmstad.se');
      button(element, 'Glömt lösenordet?').click();
      expect(dispatch).toHaveBeenCalledWith(
        SignInPageActions.passwordResetRequested({ email: 'samir@halmstad.se' }),
      );
    });

    it('says why Auth refused, in words', async () => {
      store.overrideSelector(sessionFeature.selectSignInProblem, 'too-many-attempts');
      const { element } = await render();
      expect(element.querySelector('[role="alert"]')!.textContent).toContain('För många försök');
    });
  });
});
