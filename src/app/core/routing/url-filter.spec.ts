import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { urlFilter } from './url-filter';

describe('urlFilter (a page’s filters live in its address)', () => {
  it('sets a filter, keeps the others, removes one chosen empty, and replaces the history entry', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    const choose = TestBed.runInInjectionContext(() => urlFilter<'plan' | 'period'>());
    choose('plan', 'plan-1');
    choose('period', '');
    expect(navigate.calls.allArgs()).toEqual([
      [[], { queryParams: { plan: 'plan-1' }, queryParamsHandling: 'merge', replaceUrl: true }],
      [[], { queryParams: { period: null }, queryParamsHandling: 'merge', replaceUrl: true }],
    ]);
  });
});
