import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { EXPORTS } from '../data-access/backend';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectDepartmentsById } from '../core/org-data/org-data.selectors';
import { sessionFeature } from '../core/session/session.feature';
import { createTestDepartment, createTestMember } from '../testing/builders';
import { provideTranslocoForTests } from '../testing/transloco-testing';
import { AdminPage } from './admin-page';
import { PEOPLE_PAGE } from './people-list';

describe('AdminPage (people: a search and a page at a time)', () => {
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const sof = createTestDepartment({ id: 'sof', name: 'Socialförvaltningen', shortName: 'SOF' });
  const klk = createTestDepartment({ id: 'klk', name: 'Kommunledningskontoret', shortName: 'KLK' });
  // 120 reporters at SOF (Person 001 … Person 120) and one strategist at KLK.
  const members = [
    ...Array.from({ length: 120 }, (_, i) =>
      createTestMember({
        id: `m${i + 1}`,
        name: `Person ${String(i + 1).padStart(3, '0')}`,
        email: `person${i + 1}@halmstad.example`,
      }),
    ),
    createTestMember({
      id: 'samir',
      name: 'Samir Haddad',
      email: 'samir.haddad@halmstad.example',
      title: 'Integrationsstrateg',
      roles: ['strategist'],
      departmentIds: ['klk'],
    }),
  ];

  async function render(person?: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        { provide: EXPORTS, useValue: {} },
        provideMockStore({
          selectors: [
            { selector: orgDataFeature.selectAllMembers, value: members },
            { selector: orgDataFeature.selectAllDepartments, value: [sof, klk] },
            { selector: selectDepartmentsById, value: new Map([sof, klk].map((d) => [d.id, d])) },
            { selector: sessionFeature.selectSignInMethod, value: 'demo' },
          ],
        }),
      ],
    });
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    const fixture = TestBed.createComponent(AdminPage);
    if (person !== undefined) fixture.componentRef.setInput('person', person);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const search = async (text: string) => {
      const input = element.querySelector<HTMLInputElement>('input[type=search]')!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, element, navigate, search };
  }

  const names = (element: HTMLElement) =>
    [...element.querySelectorAll('section[aria-labelledby=people-heading] tbody th')].map((th) =>
      th.childNodes[0].textContent!.trim(),
    );
  const status = (element: HTMLElement) => element.querySelector('.count')!.textContent!.trim();
  const more = (element: HTMLElement) =>
    [...element.querySelectorAll<HTMLButtonElement>('section[aria-labelledby=people-heading] button')].find(
      (b) => b.textContent!.includes('Visa'),
    );

  it(`lists ${PEOPLE_PAGE} at a time, says how many there are, and moves the focus to the next page's first person`, async () => {
    const { element, fixture } = await render();
    expect(names(element).length).toBe(PEOPLE_PAGE);
    expect(names(element)[0]).toBe('Person 001');
    expect(status(element)).toBe(`Visar ${PEOPLE_PAGE} av 121 personer.`);
    expect(more(element)!.textContent!.trim()).toBe(`Visa ${PEOPLE_PAGE} till`);

    more(element)!.click();
    await fixture.whenStable();
    expect(names(element).length).toBe(2 * PEOPLE_PAGE);
    expect(document.activeElement?.id).toBe(`person-m${PEOPLE_PAGE + 1}`);
    expect(more(element)!.textContent!.trim()).toBe('Visa 21 till');

    more(element)!.click();
    await fixture.whenStable();
    expect(names(element).length).toBe(121);
    expect(more(element)).toBeUndefined();
    expect(status(element)).toBe('');
    fixture.destroy();
  });

  it('finds people by name, role and department, keeps the search in the URL, and says when no one matches', async () => {
    const { element, navigate, search, fixture } = await render();
    await search('klk strateg');
    expect(names(element)).toEqual(['Samir Haddad']);
    expect(status(element)).toBe('1 person matchar sökningen.');
    expect(navigate).toHaveBeenCalledWith(
      [],
      jasmine.objectContaining({ queryParams: { person: 'klk strateg' } }),
    );

    await search('person 11');
    expect(names(element)).toEqual([
      'Person 011',
      'Person 110',
      'Person 111',
      'Person 112',
      'Person 113',
      'Person 114',
      'Person 115',
      'Person 116',
      'Person 117',
      'Person 118',
      'Person 119',
    ]);
    expect(status(element)).toBe('11 personer matchar sökningen.');

    await search('rapportör');
    expect(names(element).length).toBe(PEOPLE_PAGE);
    expect(status(element)).toBe(`Visar ${PEOPLE_PAGE} av 120 personer.`);

    await search('ingen sådan');
    expect(names(element)).toEqual([]);
    expect(status(element)).toBe('Ingen person matchar sökningen.');

    await search('  ');
    expect(navigate).toHaveBeenCalledWith([], jasmine.objectContaining({ queryParams: { person: null } }));
    expect(names(element).length).toBe(PEOPLE_PAGE);
    fixture.destroy();
  });

  it("opens with the search from the URL (a link, or Back from a person's page)", async () => {
    const { element, fixture } = await render('samir');
    expect(element.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('samir');
    expect(names(element)).toEqual(['Samir Haddad']);
    fixture.destroy();
  });

  it('starts again from the first page when the search changes', async () => {
    const { element, search, fixture } = await render();
    more(element)!.click();
    await fixture.whenStable();
    expect(names(element).length).toBe(2 * PEOPLE_PAGE);
    await search('person');
    expect(names(element).length).toBe(PEOPLE_PAGE);
    fixture.destroy();
  });
});
