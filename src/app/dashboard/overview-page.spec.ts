import { TestBed } from '@angular/core/testing';
import { STRUCTURE_KINDS } from '../core/org-data/org-data.feature';
import { setUpDemoStore } from '../testing/demo-store';
import { answerAll, askedQueries, loadingText } from '../testing/page-loading';
import { OverviewPage } from './overview-page';

describe('OverviewPage (Lägesbild: every plan’s figures, from the plans’ summaries)', () => {
  it('reads summaries — never a report; at most 20 indicators, by id, for the gaps that widened — and shows a section per plan', async () => {
    const { seed, store, arrive, deliver } = setUpDemoStore('m-ledamot-1');
    const fixture = TestBed.createComponent(OverviewPage);
    await fixture.whenStable();
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');

    STRUCTURE_KINDS.forEach(arrive);
    await fixture.whenStable();
    const asked = askedQueries(store);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.kind === 'summaries')).toBeTrue();
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');

    answerAll(store, seed, deliver);
    await fixture.whenStable();
    expect(askedQueries(store).some((q) => q.kind === 'reports')).toBeFalse();
    const indicatorQueries = askedQueries(store).filter((q) => q.kind === 'indicators');
    expect(indicatorQueries.length).toBeLessThanOrEqual(20);
    expect(indicatorQueries.every((q) => 'id' in q && !('planId' in q))).toBeTrue();
    answerAll(store, seed, deliver);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const sections = [...element.querySelectorAll('section.plan h2')].map((h) => h.textContent?.trim());
    const adopted = seed.plans.filter((p) => p.status === 'adopted').map((p) => p.title);
    expect(sections).toEqual(jasmine.arrayContaining(adopted));
    expect(element.querySelectorAll('table.figures').length).toBeGreaterThan(sections.length);
    // The demo's gaps that widened since the period before, each with its indicator's name.
    const widened = element.querySelector('section[aria-labelledby="widened-gaps"]');
    expect(widened?.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    fixture.destroy();
  });
});
