import { TestBed } from '@angular/core/testing';
import { STRUCTURE_KINDS } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectPeriodsInOrder } from '../core/org-data/org-data.selectors';
import { setUpDemoStore } from '../testing/demo-store';
import { answerAll, askedQueries, loadingText } from '../testing/page-loading';
import { previousPeriod } from './overview';
import { StatusReportPage } from './status-report-page';

describe('StatusReportPage (a plan’s printable status report for a period)', () => {
  it("asks for the plan's reports of the period and the one before, then shows the report's title page and summary", async () => {
    const { seed, store, arrive, deliver } = setUpDemoStore('m-ledamot-1');
    const plan = seed.plans.find((p) => p.id === 'plan-integration')!;
    const fixture = TestBed.createComponent(StatusReportPage);
    fixture.componentRef.setInput('plan', plan.id);
    await fixture.whenStable();
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');

    STRUCTURE_KINDS.forEach(arrive);
    await fixture.whenStable();
    const period = store.selectSignal(selectCurrentPeriod)()!;
    const before = previousPeriod(store.selectSignal(selectPeriodsInOrder)(), period)!;
    expect(askedQueries(store)).toEqual(
      jasmine.arrayWithExactContents([
        { kind: 'reports', planId: plan.id, periodId: period.id },
        { kind: 'reports', planId: plan.id, periodId: before.id },
        // For the comparison with the county and the country (Kolada).
        { kind: 'indicators', planId: plan.id },
        { kind: 'measurements', planId: plan.id },
      ]),
    );

    answerAll(store, seed, deliver);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.report-title')?.textContent?.trim()).toBe(plan.title);
    expect(element.querySelector('#sr-summary')).not.toBeNull();
    expect(element.querySelectorAll('table.figures').length).toBeGreaterThan(0);
    fixture.destroy();
  });
});
