import { TestBed } from '@angular/core/testing';
import { STRUCTURE_KINDS } from '../core/org-data/org-data.feature';
import { setUpDemoStore } from '../testing/demo-store';
import { answerAll, askedQueries, loadingText } from '../testing/page-loading';
import { EqualityPage } from './equality-page';

describe('EqualityPage (the gender-equality plan’s split indicators: women, men, gap)', () => {
  it("asks for the plan's indicators and reports only, waits for them, then shows each gender-split indicator", async () => {
    const { seed, store, arrive, deliver } = setUpDemoStore('m-ledamot-1');
    const fixture = TestBed.createComponent(EqualityPage);
    await fixture.whenStable();
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');

    STRUCTURE_KINDS.forEach(arrive);
    await fixture.whenStable();
    const plan = seed.plans.find((p) => p.theme === 'gender-equality')!;
    const asked = askedQueries(store);
    expect(asked).toContain({ kind: 'indicators', planId: plan.id });
    expect(
      asked.filter((q) => q.kind === 'reports').every((q) => 'planId' in q && q.planId === plan.id),
    ).toBeTrue();
    expect(loadingText(fixture)).toBe('Hämtar uppgifter …');

    answerAll(store, seed, deliver);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const shown = [...element.querySelectorAll('tbody th a')].map((a) => a.textContent?.trim());
    const split = seed.indicators
      .filter((i) => i.planId === plan.id && i.genderDisaggregated)
      .map((i) => i.name);
    expect(split.length).toBeGreaterThan(0);
    expect(shown).toEqual(jasmine.arrayWithExactContents(split));
    fixture.destroy();
  });
});
