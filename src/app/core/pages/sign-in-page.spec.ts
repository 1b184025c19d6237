import { TestBed } from '@angular/core/testing';
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
});
