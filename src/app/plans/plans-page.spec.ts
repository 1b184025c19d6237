import { TestBed } from '@angular/core/testing';
import { OrgDataApiActions } from '../core/org-data/org-data.actions';
import { orgDataFeature, STRUCTURE_KINDS } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod } from '../core/org-data/org-data.selectors';
import { setUpDemoStore } from '../testing/demo-store';
import { PlansPage } from './plans-page';

describe('PlansPage (the plans with their goals, from the structure and the summaries)', () => {
  it('lists the plans with their goals and counts once the structure and the summaries are in, and reads no indicator or activity', async () => {
    const { seed, store, arrive } = setUpDemoStore('m-strateg-int');
    const fixture = TestBed.createComponent(PlansPage);
    const element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('Hämtar uppgifter …');

    STRUCTURE_KINDS.forEach(arrive);
    const period = store.selectSignal(selectCurrentPeriod)()!;
    store.dispatch(OrgDataApiActions.summariesLoaded({ periodIds: [period.id], summaries: [] }));
    await fixture.whenStable();
    const plan = seed.plans.find((p) => p.id === 'plan-integration')!;
    const section = element.querySelector<HTMLElement>(`section[aria-labelledby="plan-${plan.id}"]`)!;
    expect(section.querySelector('h2')?.textContent?.trim()).toBe(plan.title);
    const goals = seed.goals.filter((g) => g.planId === plan.id);
    const areas = seed.focusAreas.filter((a) => a.planId === plan.id);
    expect(section.querySelectorAll('li app-status-chip').length).toBe(goals.length);
    expect(section.querySelector('.counts')?.textContent?.trim()).toBe(
      `${areas.length} insatsområden · ${goals.length} mål`,
    );
    // A region has 40 000 indicators: the list asks for the current period's summaries only.
    expect(store.selectSignal(orgDataFeature.selectQueries)()).toEqual([
      { kind: 'summaries', periodId: period.id },
    ]);
    fixture.destroy();
  });
});
