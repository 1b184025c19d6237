import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { createTestDepartment, createTestFocusArea, createTestPlan } from '../../testing/builders';
import { chooseCsv } from '../../testing/files';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { planWritesFeature } from '../state/plan-writes.feature';
import { GoalImportPage } from './goal-import-page';

describe('GoalImportPage (a file chosen before the plan and the departments have arrived)', () => {
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('waits for the focus areas, goals and departments before checking the file', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        provideMockStore({
          selectors: [
            {
              selector: planWritesFeature.selectPlanWritesState,
              value: { saving: false, saves: 0, message: null, fieldErrors: {}, failedIndex: null },
            },
            { selector: orgDataFeature.selectAllPlans, value: [createTestPlan({ id: 'p1' })] },
            { selector: orgDataFeature.selectAllFocusAreas, value: [] },
            { selector: orgDataFeature.selectAllGoals, value: [] },
            { selector: orgDataFeature.selectAllDepartments, value: [] },
            { selector: orgDataFeature.selectLoaded, value: { plans: true } },
          ],
        }),
      ],
    });
    const store = TestBed.inject(MockStore);
    const fixture = TestBed.createComponent(GoalImportPage);
    fixture.componentRef.setInput('planId', 'p1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('input[type=file]')!;
    const outcome = () => element.querySelector('.outcome')?.textContent ?? '';
    // Read, and waiting for the plan's focus areas and goals and the departments.
    await chooseCsv(
      fixture,
      input,
      'mal.csv',
      'Insatsområde;Mål;Ansvarig förvaltning\nSpråk;Fler i arbete;Kommunledningskontoret\n',
      () => outcome().includes('Hämtar uppgifter'),
    );
    // Not judged against no departments ("unknown department") or no focus areas (a new "Språk").
    expect(outcome()).not.toContain('Allt ser bra ut');
    expect(outcome()).not.toContain('rad');

    store.overrideSelector(orgDataFeature.selectAllFocusAreas, [
      createTestFocusArea({ id: 'a1', planId: 'p1', title: 'Språk' }),
    ]);
    store.overrideSelector(orgDataFeature.selectAllDepartments, [
      createTestDepartment({ id: 'kk', name: 'Kommunledningskontoret', active: true }),
    ]);
    store.overrideSelector(orgDataFeature.selectLoaded, {
      plans: true,
      focusAreas: true,
      goals: true,
      departments: true,
    });
    store.refreshState();
    await fixture.whenStable();
    expect(outcome()).not.toContain('Läser filen');
    // The existing focus area is used: no new one is created.
    expect(outcome()).toContain('Allt ser bra ut: 1 mål, 0 indikatorer och 0 nya insatsområden');
  });
});
