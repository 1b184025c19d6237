import { TestBed } from '@angular/core/testing';
import { provideTranslocoForTests } from '../testing/transloco-testing';
import {
  createTestDepartment,
  createTestFocusArea,
  createTestGoal,
  createTestIndicator,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import { buildSnapshot, PublicSnapshot } from '../domain/public-snapshot';
import { FollowUpView } from './follow-up-view';
import { openDataTables } from './open-data';

describe('FollowUpView and its open data (what the public reads)', () => {
  const snapshot: PublicSnapshot = buildSnapshot({
    orgId: 'org',
    plan: createTestPlan({ id: 'plan-1' }),
    period: createTestPeriod({ id: 'per-1' }),
    focusAreas: [createTestFocusArea({ id: 'fa-1', planId: 'plan-1', title: 'Arbete' })],
    goals: [
      createTestGoal({ id: 'g1', planId: 'plan-1', focusAreaId: 'fa-1', title: 'Fler i arbete', order: 1 }),
      createTestGoal({ id: 'g2', planId: 'plan-1', focusAreaId: 'fa-1', title: 'Fler i praktik', order: 2 }),
    ],
    indicators: [createTestIndicator({ id: 'i1', goalId: 'g1', name: 'Praktikplatser', unit: 'st' })],
    activities: [],
    departments: [createTestDepartment({ id: 'dep-1', name: 'Arbetsmarknad' })],
    reports: [
      createTestReport({
        id: 'r1',
        goalId: 'g1',
        subjectId: 'g1',
        periodId: 'per-1',
        state: 'approved',
        status: 'off-track',
        analysis: '<b>Färre</b> platser',
        indicatorValues: [{ indicatorId: 'i1', total: 63, women: 3, men: 60 }],
      }),
    ],
    published: [],
    publishedAt: '2026-12-15T09:00:00.000Z',
  });

  function render(): HTMLElement {
    TestBed.configureTestingModule({ providers: [provideTranslocoForTests()] });
    const fixture = TestBed.createComponent(FollowUpView);
    fixture.componentRef.setInput('snapshot', snapshot);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('counts the goals of each focus area by status, in a table beside the bars', () => {
    const table = render().querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toContain('Antal mål per status och fokusområde');
    const cells = [...table.querySelectorAll('tbody tr')[0].querySelectorAll('th, td')].map((c) =>
      c.textContent!.trim(),
    );
    // Fokusområde, Arbetet ej påbörjat, Enligt plan, Risk, Avvikelse, Genomförd, Ej rapporterad, Totalt
    expect(cells).toEqual(['Arbete', '0', '0', '0', '1', '0', '1', '2']);
  });

  it('shows an analysis as text, never as HTML, under the goal not going to plan', () => {
    const element = render();
    const analysis = element.querySelector('.analysis')!;
    expect(analysis.textContent).toBe('<b>Färre</b> platser');
    expect(analysis.querySelector('b')).toBeNull();
  });

  it('shows a small count as "färre än 5", the other sex withheld, and no gap', () => {
    const row = [...render().querySelectorAll('tr')].find((r) => r.textContent!.includes('Praktikplatser'))!;
    const cells = [...row.querySelectorAll('td')].map((c) => c.textContent!.trim());
    expect(cells.slice(1, 5)).toEqual(['färre än 5', 'visas inte', '63', '–']);
  });

  it('writes the same figures to the open-data tables, the small count as its text', () => {
    TestBed.configureTestingModule({ providers: [provideTranslocoForTests()] });
    const t = (key: string) => key;
    const [goals, indicators] = openDataTables(snapshot, t);
    expect(goals.rows.map((r) => [r[1], r[3]])).toEqual([
      ['Fler i arbete', 'status.off-track'],
      ['Fler i praktik', 'status.not-reported'],
    ]);
    expect(indicators.rows).toEqual([
      ['Fler i arbete', 'Praktikplatser', 'st', 'public.fewerThan5', 'public.withheld', 63, null],
    ]);
  });
});
