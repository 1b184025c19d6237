import { TestBed } from '@angular/core/testing';
import { STRUCTURE_KINDS } from '../core/org-data/org-data.feature';
import { setUpDemoStore } from '../testing/demo-store';
import { answerAll, askedQueries, loadingText } from '../testing/page-loading';
import { TrendPage } from './trend-page';

describe('TrendPage (one indicator over the periods, read by its id and its goal)', () => {
  function open(indicatorId: string) {
    const demo = setUpDemoStore('m-ledamot-1');
    const fixture = TestBed.createComponent(TrendPage);
    fixture.componentRef.setInput('indicatorId', indicatorId);
    return { ...demo, fixture, element: fixture.nativeElement as HTMLElement };
  }

  it("reads the indicator by its id, then its goal's reports of every period, and shows a row per period", async () => {
    const { seed, store, arrive, deliver, fixture, element } = open('');
    const indicator = seed.indicators.find((i) => i.genderDisaggregated)!;
    fixture.componentRef.setInput('indicatorId', indicator.id);
    STRUCTURE_KINDS.forEach(arrive);
    await fixture.whenStable();
    expect(askedQueries(store)).toEqual([{ kind: 'indicators', id: indicator.id }]);
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');

    answerAll(store, seed, deliver);
    await fixture.whenStable();
    expect(askedQueries(store)).toContain({ kind: 'reports', goalId: indicator.goalId });
    answerAll(store, seed, deliver);
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toContain(indicator.name);
    expect(element.querySelectorAll('table.figures tbody tr').length).toBeGreaterThan(0);
    fixture.destroy();
  });

  it('says so when there is no such indicator, instead of waiting', async () => {
    const { seed, store, arrive, deliver, fixture, element } = open('no-such-indicator');
    STRUCTURE_KINDS.forEach(arrive);
    await fixture.whenStable();
    answerAll(store, seed, deliver);
    await fixture.whenStable();
    expect(loadingText(fixture)).toBeUndefined();
    expect(element.textContent).toContain('finns inte');
    fixture.destroy();
  });
});
