import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ShellActions } from './core/session/session.actions';
import { sessionFeature } from './core/session/session.feature';
import { OrgDataPageActions } from './core/org-data/org-data.actions';
import { orgDataFeature } from './core/org-data/org-data.feature';
import { selectMyReminderCount, selectMyRecordQueries } from './core/org-data/my-reporting.selectors';
import { RecordQuery } from './core/org-data/record-queries';
import { createTestMember } from './testing/builders';
import { App } from './app';
import { noticesFeature } from './notices/state/notices.feature';
import { provideTranslocoForTests } from './testing/transloco-testing';

describe('App shell', () => {
  // Overridden selectors are module-wide singletons: leave them as found for the next spec.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        provideMockStore({
          selectors: [
            { selector: sessionFeature.selectMember, value: null },
            { selector: selectMyReminderCount, value: 0 },
            { selector: selectMyRecordQueries, value: [] },
            { selector: orgDataFeature.selectQueries, value: [] },
            { selector: orgDataFeature.selectLoadedQueries, value: [] },
            { selector: sessionFeature.selectSync, value: { pending: false, failure: null } },
            { selector: noticesFeature.selectUnread, value: 0 },
            { selector: noticesFeature.selectLoaded, value: false },
          ],
        }),
      ],
    });
  });

  it('shows the product name, the main navigation and a skip link in Swedish', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.product-name')?.textContent).toContain('Kompass');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Huvudmeny');
    expect(element.querySelector('.skip-link')?.textContent?.trim()).toBe('Hoppa till innehållet');
  });

  it('shows the signed-in person and only the links of their roles', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(
      sessionFeature.selectMember,
      createTestMember({ name: 'Ahmed Yusuf', roles: ['committee'] }),
    );
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.who')?.textContent).toContain('Inloggad som Ahmed Yusuf');
    const links = [...element.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    expect(links).toEqual([
      'Start',
      'Handlingsplaner',
      'Lägesbild',
      'Jämställdhet',
      'Förvaltning',
      'Mina inställningar',
    ]);
  });

  it('counts unread notices on the toolbar link, and says so when one arrives', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(sessionFeature.selectMember, createTestMember({ roles: ['reporter'] }));
    store.overrideSelector(noticesFeature.selectLoaded, true);
    store.overrideSelector(noticesFeature.selectUnread, 2);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const link = element.querySelector('a.notices-link')!;
    expect(link.getAttribute('aria-label')).toBe('Notiser, 2 olästa');
    expect(link.querySelector('.badge')?.textContent?.trim()).toBe('2');
    const said = () =>
      [...element.querySelectorAll('.visually-hidden[role="status"]')]
        .map((s) => s.textContent?.trim())
        .join('');
    // What was there when the notices loaded is not news.
    expect(said()).toBe('');

    store.overrideSelector(noticesFeature.selectUnread, 3);
    store.refreshState();
    await fixture.whenStable();
    expect(said()).toBe('Ny notis. Olästa notiser: 3.');

    store.overrideSelector(noticesFeature.selectUnread, 0);
    store.refreshState();
    await fixture.whenStable();
    expect(said()).toBe('');
    expect(link.getAttribute('aria-label')).toBe('Notiser');
    expect(link.querySelector('.badge')).toBeNull();
  });

  it('dispatches sign-out from the toolbar', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(sessionFeature.selectMember, createTestMember({ roles: ['reporter'] }));
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const signOut = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Logga ut'),
    )!;
    signOut.click();
    expect(dispatch).toHaveBeenCalledWith(ShellActions.signOutClicked());
  });

  const mine: RecordQuery[] = [
    { kind: 'reports', departmentId: 'd1', periodId: 'p1' },
    { kind: 'activities', responsibleDepartmentId: 'd1' },
  ];
  const cases: [string, ('reporter' | 'committee')[], boolean][] = [
    [
      "reads a department head's own reports and activities of the open period, for the badge",
      ['reporter'],
      true,
    ],
    ['reads no reports for a committee member until a page asks', ['committee'], false],
  ];
  for (const [name, roles, asks] of cases) {
    it(name, async () => {
      const store = TestBed.inject(MockStore);
      store.overrideSelector(sessionFeature.selectMember, createTestMember({ roles }));
      store.overrideSelector(selectMyRecordQueries, mine);
      const dispatch = spyOn(store, 'dispatch');
      const fixture = TestBed.createComponent(App);
      await fixture.whenStable();
      const asked = dispatch.calls
        .allArgs()
        .some(([action]) => JSON.stringify(action).includes(OrgDataPageActions.recordsNeeded.type));
      expect(asked).toBe(asks);
      if (asks) expect(dispatch).toHaveBeenCalledWith(OrgDataPageActions.recordsNeeded({ queries: mine }));
    });
  }

  it('shows how many reports are due on the reporting link', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(sessionFeature.selectMember, createTestMember({ roles: ['reporter'] }));
    store.overrideSelector(selectMyReminderCount, 3);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const link = [...(fixture.nativeElement as HTMLElement).querySelectorAll('nav a')].find((a) =>
      a.textContent?.includes('Min rapportering'),
    );
    expect(link?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Min rapportering 3 att göra');
  });

  it('offers the other language, named in that language', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button.language');
    expect(button.textContent?.trim()).toBe('English');
    expect(button.getAttribute('lang')).toBe('en');
  });

  it('says when changes wait to be sent, and when the server refused one', async () => {
    const store = TestBed.inject(MockStore);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.sync')?.textContent?.trim()).toBe('');
    expect(element.querySelector('.sync-failed')).toBeNull();

    store.overrideSelector(sessionFeature.selectSync, { pending: true, failure: null });
    store.refreshState();
    await fixture.whenStable();
    expect(element.querySelector('[role="status"].sync')?.textContent).toContain(
      'Ändringar väntar på att skickas',
    );

    store.overrideSelector(sessionFeature.selectSync, {
      pending: false,
      failure: 'Missing or insufficient permissions.',
    });
    store.refreshState();
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"].sync-failed')?.textContent).toContain(
      'godtogs inte när den skickades: Missing or insufficient permissions.',
    );
  });
});
