import { TestBed } from '@angular/core/testing';
import { ActionReducer } from '@ngrx/store';
import { STRUCTURE_KINDS } from '../../core/org-data/org-data.feature';
import { setUpDemoStore } from '../../testing/demo-store';
import { answerAll, askedQueries, loadingText } from '../../testing/page-loading';
import { ReportFormPageActions, ReportsApiActions } from '../state/report-form.actions';
import { reportFormFeature } from '../state/report-form.feature';
import { ReportFormPage } from './report-form-page';
import { createTestReport } from '../../testing/builders';
import { reportId } from '../../domain/model';

describe('ReportFormPage (a department head’s report on a goal)', () => {
  async function open() {
    const demo = setUpDemoStore('m-uaf', {
      [reportFormFeature.name]: reportFormFeature.reducer as ActionReducer<object>,
    });
    const { seed, store, arrive, deliver } = demo;
    const period = seed.periods.find((p) => p.state === 'open')!;
    // A goal UAF leads, with indicators, and UAF's draft on it this period.
    const goal = seed.goals.find(
      (g) => g.leadDepartmentId === 'uaf' && seed.indicators.some((i) => i.goalId === g.id),
    )!;
    const report = createTestReport({
      id: reportId(period.id, 'goal', goal.id, 'uaf'),
      orgId: goal.orgId,
      periodId: period.id,
      planId: goal.planId,
      goalId: goal.id,
      subjectType: 'goal',
      subjectId: goal.id,
      departmentId: 'uaf',
      reportsAs: 'lead',
      state: 'draft',
      indicatorValues: [],
    });
    const dispatch = spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(ReportFormPage);
    fixture.componentRef.setInput('periodId', period.id);
    fixture.componentRef.setInput('goalId', report.goalId);
    fixture.componentRef.setInput('departmentId', 'uaf');
    await fixture.whenStable();
    return {
      seed,
      store,
      arrive,
      deliver,
      fixture,
      report,
      dispatch,
      element: fixture.nativeElement as HTMLElement,
    };
  }

  it("asks for the goal's indicators and the department's reports on it, and shows the form once they and the report are in", async () => {
    const { seed, store, arrive, deliver, fixture, report, element } = await open();
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');
    STRUCTURE_KINDS.forEach(arrive);
    await fixture.whenStable();
    expect(askedQueries(store)).toEqual(
      jasmine.arrayWithExactContents([
        { kind: 'indicators', goalId: report.goalId },
        { kind: 'reports', goalId: report.goalId, departmentId: 'uaf' },
      ]),
    );
    answerAll(store, seed, deliver);
    store.dispatch(ReportsApiActions.reportLoaded({ report }));
    await fixture.whenStable();
    expect(loadingText(fixture)).not.toBe('Hämtar uppgifter …');
    const goal = seed.goals.find((g) => g.id === report.goalId)!;
    expect(element.querySelector('h1')?.textContent).toContain(goal.title);
    for (const indicator of seed.indicators.filter((i) => i.goalId === report.goalId)) {
      expect(element.textContent).withContext(indicator.name).toContain(indicator.name);
    }
    fixture.destroy();
  });

  it('keeps a value that is not a number, says so next to the field, and sends nothing on "Skicka in"', async () => {
    const { seed, store, arrive, deliver, fixture, report, dispatch, element } = await open();
    STRUCTURE_KINDS.forEach(arrive);
    await fixture.whenStable();
    answerAll(store, seed, deliver);
    store.dispatch(ReportsApiActions.reportLoaded({ report }));
    await fixture.whenStable();
    const total = element.querySelector<HTMLInputElement>('input[id$="-total"]')!;
    total.value = 'många';
    total.dispatchEvent(new Event('input'));
    total.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    dispatch.calls.reset();
    const submit = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Skicka in',
    )!;
    submit.click();
    await fixture.whenStable();
    expect(total.value).toBe('många');
    expect(element.textContent).toContain('Skriv ett tal');
    const sent = dispatch.calls.allArgs().map(([action]) => (action as unknown as { type: string }).type);
    expect(sent).not.toContain(ReportFormPageActions.submitClicked.type);
    fixture.destroy();
  });
});
