import { TestBed } from '@angular/core/testing';
import { STRUCTURE_KINDS } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod } from '../core/org-data/org-data.selectors';
import { setUpDemoStore } from '../testing/demo-store';
import { answerAll, askedQueries, loadingText } from '../testing/page-loading';
import { DepartmentPage } from './department-page';

describe('DepartmentPage (one department’s goals and reports in a period)', () => {
  it("asks for the department's reports of the period and the period's summaries, then shows the plans it takes part in", async () => {
    const { seed, store, arrive, deliver } = setUpDemoStore('m-uaf');
    const fixture = TestBed.createComponent(DepartmentPage);
    await fixture.whenStable();
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');

    STRUCTURE_KINDS.forEach(arrive);
    await fixture.whenStable();
    const period = store.selectSignal(selectCurrentPeriod)()!;
    // The department head's own department first; nothing of other departments' reports.
    expect(askedQueries(store)).toEqual(
      jasmine.arrayWithExactContents([
        { kind: 'reports', departmentId: 'uaf', periodId: period.id },
        { kind: 'summaries', periodId: period.id },
      ]),
    );
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');

    answerAll(store, seed, deliver);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const plans = [...element.querySelectorAll('section h2')].map((h) => h.textContent?.trim());
    const involved = seed.plans.filter((p) =>
      seed.goals.some(
        (g) =>
          g.planId === p.id && (g.leadDepartmentId === 'uaf' || g.contributingDepartmentIds.includes('uaf')),
      ),
    );
    expect(plans.length).toBeGreaterThan(0);
    expect(involved.map((p) => p.title)).toEqual(jasmine.arrayContaining(plans as string[]));
    expect(element.textContent).toContain('Rapporteringsgrad');
    fixture.destroy();
  });
});
