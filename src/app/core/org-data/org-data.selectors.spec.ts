import { createTestPeriod, createTestReport } from '../../testing/builders';
import { OrgDataApiActions, OrgDataPageActions } from './org-data.actions';
import { orgDataFeature } from './org-data.feature';
import {
  selectCurrentPeriod,
  selectOpenPeriod,
  selectPeriodsInOrder,
  selectRecentPeriodIds,
} from './org-data.selectors';

describe('recent periods and the report scope', () => {
  const period = (id: string, startsOn: string, endsOn: string, state: 'planned' | 'open' | 'closed') =>
    createTestPeriod({ id, startsOn, endsOn, state });
  const periods = [
    period('t1-2025', '2025-01-01', '2025-04-30', 'closed'),
    period('d-2025', '2025-01-01', '2025-08-31', 'closed'),
    period('h-2025', '2025-01-01', '2025-12-31', 'closed'),
    period('t1-2026', '2026-01-01', '2026-04-30', 'closed'),
    period('d-2026', '2026-01-01', '2026-08-31', 'open'),
    period('h-2026', '2026-01-01', '2026-12-31', 'planned'),
  ];

  const cases: [string, typeof periods, string[]][] = [
    ['the open period and the one before', periods, ['d-2026', 't1-2026']],
    [
      'the latest closed period and the one before when none is open',
      periods.map((p) => (p.state === 'open' ? { ...p, state: 'closed' as const } : p)),
      ['d-2026', 't1-2026'],
    ],
    ['nothing without periods', [], []],
    ['the first period alone when it is open', [period('x', '2026-01-01', '2026-04-30', 'open')], ['x']],
  ];
  for (const [name, input, expected] of cases) {
    it(`loads ${name}`, () => {
      // Through the projectors: other specs' mock stores may override the input selectors.
      const ordered = selectPeriodsInOrder.projector(input);
      const current = selectCurrentPeriod.projector(ordered, selectOpenPeriod.projector(ordered));
      expect(selectRecentPeriodIds.projector(ordered, current)).toEqual([...expected].sort());
    });
  }

  const planPeriod = { planId: 'plan-1', periodId: 'd-2026' };
  const ready = (state: ReturnType<typeof orgDataFeature.reducer>) =>
    orgDataFeature.selectReportsReady.projector(state.reportQueries, state.reportQueriesLoaded);

  it('reads no reports until a page asks, then what it asked for, marked loading until it arrives', () => {
    const initial = orgDataFeature.reducer(undefined, { type: 'init' });
    expect(initial.reportQueries).toEqual([]);
    expect(ready(initial)).toBeTrue();
    const asked = orgDataFeature.reducer(
      initial,
      OrgDataPageActions.reportsNeeded({ queries: [planPeriod] }),
    );
    expect(asked.reportQueries).toEqual([planPeriod]);
    expect(ready(asked)).toBeFalse();
    // A second page asking the same: one watch, the same list (nothing is watched again).
    const twice = orgDataFeature.reducer(
      asked,
      OrgDataPageActions.reportsNeeded({ queries: [{ ...planPeriod }] }),
    );
    expect(twice.reportQueries).toBe(asked.reportQueries);
    expect(twice.reportAsks).toEqual([{ query: planPeriod, users: 2 }]);
    const arrived = orgDataFeature.reducer(
      asked,
      OrgDataApiActions.reportsLoaded({ queries: [planPeriod], records: [createTestReport()] }),
    );
    expect(ready(arrived)).toBeTrue();
    expect(arrived.reports.ids.length).toBe(1);
  });

  it('watches a wider query instead of those it covers, and forgets them all at sign-out', () => {
    const narrow = orgDataFeature.reducer(
      undefined,
      OrgDataPageActions.reportsNeeded({ queries: [planPeriod] }),
    );
    const wide = orgDataFeature.reducer(
      narrow,
      OrgDataPageActions.reportsNeeded({ queries: [{ periodId: 'd-2026' }] }),
    );
    expect(wide.reportQueries).toEqual([{ periodId: 'd-2026' }]);
    // The narrow query's reports are in once the wider one has delivered.
    const arrived = orgDataFeature.reducer(
      wide,
      OrgDataApiActions.reportsLoaded({ queries: [{ periodId: 'd-2026' }], records: [] }),
    );
    expect(orgDataFeature.selectReportsReady.projector([planPeriod], arrived.reportQueriesLoaded)).toBeTrue();
    const cleared = orgDataFeature.reducer(arrived, OrgDataApiActions.cleared());
    expect(cleared.reportQueries).toEqual([]);
    expect(cleared.reportQueriesLoaded).toEqual([]);
  });
});
