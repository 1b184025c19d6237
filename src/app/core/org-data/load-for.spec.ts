import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideStore, Store } from '@ngrx/store';
import { OrgDataApiActions } from './org-data.actions';
import { orgDataFeature } from './org-data.feature';
import { loadReportsFor } from './load-for';
import { ReportQuery } from './record-queries';

const plan1: ReportQuery = { planId: 'plan-1', periodId: 'per-1' };
const plan2: ReportQuery = { planId: 'plan-2', periodId: 'per-1' };
const reports1 = { kind: 'reports', ...plan1 } as const;
const reports2 = { kind: 'reports', ...plan2 } as const;

/** A page that shows the reports `queries` names. */
@Component({ selector: 'app-reports-page', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class ReportsPage {
  static queries = signal<ReportQuery[] | null>(null);
  readonly reports = loadReportsFor(() => ReportsPage.queries());
}

describe('loadFor (a page asks for what it shows and lets it go)', () => {
  function setUp(queries: ReportQuery[] | null) {
    ReportsPage.queries.set(queries);
    TestBed.configureTestingModule({
      providers: [provideStore({ [orgDataFeature.name]: orgDataFeature.reducer })],
    });
    const store = TestBed.inject(Store);
    const asks = store.selectSignal(orgDataFeature.selectAsks);
    const open = () => {
      const fixture = TestBed.createComponent(ReportsPage);
      fixture.detectChanges();
      return fixture;
    };
    return { store, asks, open };
  }

  it('asks nothing while the page cannot say, then what it names', () => {
    const { asks, open } = setUp(null);
    const page = open();
    expect(asks()).toEqual([]);
    expect(page.componentInstance.reports.ready()).toBeFalse();
    ReportsPage.queries.set([plan1]);
    TestBed.tick();
    expect(asks()).toEqual([{ query: reports1, users: 1 }]);
  });

  it('releases what it asked when it asks for others, and when it is left', () => {
    const { asks, open } = setUp([plan1]);
    const page = open();
    const other = open();
    expect(asks()).toEqual([{ query: reports1, users: 2 }]);
    ReportsPage.queries.set([plan2]);
    TestBed.tick();
    expect(asks()).toEqual([
      { query: reports1, users: 0 },
      { query: reports2, users: 2 },
    ]);
    page.destroy();
    other.destroy();
    expect(asks()).toEqual([
      { query: reports1, users: 0 },
      { query: reports2, users: 0 },
    ]);
  });

  it('asks again after the store forgot (a sign-out and in), and is ready once the reports arrive', () => {
    const { store, asks, open } = setUp([plan1]);
    const page = open();
    store.dispatch(OrgDataApiActions.cleared());
    TestBed.tick();
    expect(asks()).toEqual([{ query: reports1, users: 1 }]);
    expect(page.componentInstance.reports.ready()).toBeFalse();
    store.dispatch(OrgDataApiActions.recordsLoaded({ kind: 'reports', loaded: [reports1], records: [] }));
    expect(page.componentInstance.reports.ready()).toBeTrue();
  });
});
