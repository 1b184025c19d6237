import { TestBed } from '@angular/core/testing';
import { KOLADA } from '../data-access/kolada/kolada-address';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { planRecords } from '../core/org-data/record-queries';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectOpenPeriod } from '../core/org-data/org-data.selectors';
import {
  createTestDepartment,
  createTestFocusArea,
  createTestGoal,
  createTestPeriod,
  createTestPlan,
} from '../testing/builders';
import { provideTranslocoForTests } from '../testing/transloco-testing';
import { RecordEditorPageActions } from './state/record-editor.actions';
import { recordEditorFeature } from './state/record-editor.feature';
import { EntityEditorPage } from './entity-editor-page';

describe('EntityEditorPage', () => {
  // Overridden selectors are module-wide singletons: leave them as found for the next spec.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  let store: MockStore;
  const area = createTestFocusArea({ id: 'fa-1', title: 'Språk och utbildning', version: 3 });
  const goal = createTestGoal({ id: 'g1', focusAreaId: 'fa-1', title: 'Fler klarar SFI' });
  const openPeriod = createTestPeriod({ id: 'per-open', state: 'open', year: 2026, kind: 'annual' });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        { provide: KOLADA, useValue: { baseUrl: 'http://127.0.0.1:9/v3', comparisonGroup: null } },
        provideMockStore({
          selectors: [
            { selector: orgDataFeature.selectStructureReady, value: true },
            { selector: orgDataFeature.selectQueries, value: [] },
            { selector: orgDataFeature.selectLoadedQueries, value: planRecords('plan-1') },
            { selector: selectOpenPeriod, value: openPeriod },
            { selector: orgDataFeature.selectAllPlans, value: [createTestPlan({ id: 'plan-1' })] },
            { selector: orgDataFeature.selectAllDepartments, value: [createTestDepartment({ id: 'dep-1' })] },
            { selector: orgDataFeature.selectAllFocusAreas, value: [area] },
            { selector: orgDataFeature.selectAllGoals, value: [goal] },
            {
              selector: orgDataFeature.selectOrgDataState,
              value: {
                focusAreas: { ids: ['fa-1'], entities: { 'fa-1': area } },
                goals: { ids: ['g1'], entities: { g1: goal } },
              },
            },
            {
              selector: recordEditorFeature.selectRecordEditorState,
              value: { saving: false, saves: 0, message: null, fieldErrors: {}, failedIndex: null },
            },
          ],
        }),
      ],
    });
    store = TestBed.inject(MockStore);
  });

  async function render(inputs: Record<string, string>) {
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(EntityEditorPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = (id: string) => element.querySelector<HTMLInputElement>(`#field-${id}`)!;
    const type = async (id: string, text: string) => {
      input(id).value = text;
      input(id).dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, dispatch, element, input, type, submit };
  }

  it('shows a labelled field for each part of a goal and says which plan it is in', async () => {
    const { element } = await render({ kind: 'goals', planId: 'plan-1', focusArea: 'fa-1' });
    expect(element.querySelector('h1')?.textContent).toContain('Nytt mål');
    const labels = [...element.querySelectorAll('mat-label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual([
      'Mål',
      'Beskrivning',
      'Insatsområde',
      'Ansvarig förvaltning',
      'Bidragande förvaltningar',
      'Målår',
      'CEMR-artiklar och Agenda 2030',
    ]);
    expect(element.textContent).toContain('I Handlingsplan för integration');
    // The plan runs in the open period: a new goal falls due at once, and the page says so.
    expect(element.querySelector('.notice')?.textContent).toContain('rapport att lämna för Helår 2026');
  });

  it('keeps bad input, shows the messages and sends nothing', async () => {
    const { dispatch, type, submit, input, element } = await render({ kind: 'goals', planId: 'plan-1' });
    dispatch.calls.reset();
    await type('title', '   ');
    await type('targetYear', 'tjugotrettio');
    await submit();
    expect(dispatch).not.toHaveBeenCalled();
    expect(input('targetYear').value).toBe('tjugotrettio');
    expect(element.textContent).toContain('Skriv ett tal, till exempel 12,5 eller 1 234.');
    expect(element.textContent).toContain('Fyll i det här fältet.');
  });

  it('refuses a goal title already used in the same focus area', async () => {
    const { dispatch, type, submit, element } = await render({
      kind: 'goals',
      planId: 'plan-1',
      focusArea: 'fa-1',
    });
    dispatch.calls.reset();
    await type('title', 'fler klarar sfi');
    await submit();
    expect(dispatch).not.toHaveBeenCalled();
    expect(element.textContent).toContain('”fler klarar sfi” finns redan.');
  });

  it('sends an edit as its own event: the record, the version it was read at, and where to go back', async () => {
    const { dispatch, type, submit } = await render({ kind: 'focusAreas', planId: 'plan-1', id: 'fa-1' });
    dispatch.calls.reset();
    await type('title', 'Språk, utbildning och arbete');
    await submit();
    expect(dispatch).toHaveBeenCalledOnceWith(
      RecordEditorPageActions.recordSaved({
        kind: 'focusAreas',
        id: 'fa-1',
        expectedVersion: 3,
        record: { planId: 'plan-1', title: 'Språk, utbildning och arbete', description: '', order: 1 },
        title: 'Språk, utbildning och arbete',
        backUrl: '/plans/plan-1',
      }),
    );
  });

  it('says so when the record to edit does not exist', async () => {
    const { element } = await render({ kind: 'focusAreas', planId: 'plan-1', id: 'nope' });
    expect(element.querySelector('[role=alert]')?.textContent).toContain('finns inte');
  });
});
