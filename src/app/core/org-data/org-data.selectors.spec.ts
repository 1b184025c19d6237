import { createTestIndicator, createTestPeriod, createTestReport } from '../../testing/builders';
import { isLoaded, RecordQuery } from './record-queries';
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

  const planPeriod: RecordQuery = { kind: 'reports', planId: 'plan-1', periodId: 'd-2026' };
  const ready = (state: ReturnType<typeof orgDataFeature.reducer>) => {
    const loaded = orgDataFeature.selectLoadedQueries.projector(
      state.queriesLoaded,
      state.summariesLoadedFor,
    );
    return state.queries.every((q) => isLoaded(q, loaded));
  };

  it('reads no reports until a page asks, then what it asked for, marked loading until it arrives', () => {
    const initial = orgDataFeature.reducer(undefined, { type: 'init' });
    expect(initial.queries).toEqual([]);
    expect(ready(initial)).toBeTrue();
    const asked = orgDataFeature.reducer(
      initial,
      OrgDataPageActions.recordsNeeded({ queries: [planPeriod] }),
    );
    expect(asked.queries).toEqual([planPeriod]);
    expect(ready(asked)).toBeFalse();
    // A second page asking the same: one watch, the same list (nothing is watched again).
    const twice = orgDataFeature.reducer(
      asked,
      OrgDataPageActions.recordsNeeded({ queries: [{ ...planPeriod }] }),
    );
    expect(twice.queries).toBe(asked.queries);
    expect(twice.asks).toEqual([{ query: planPeriod, users: 2 }]);
    const arrived = orgDataFeature.reducer(
      asked,
      OrgDataApiActions.recordsLoaded({
        kind: 'reports',
        loaded: [planPeriod],
        records: [createTestReport()],
      }),
    );
    expect(ready(arrived)).toBeTrue();
    expect(arrived.reports.ids.length).toBe(1);
  });

  it('watches a wider query instead of those it covers, and forgets them all at sign-out', () => {
    const period: RecordQuery = { kind: 'reports', periodId: 'd-2026' };
    const narrow = orgDataFeature.reducer(
      undefined,
      OrgDataPageActions.recordsNeeded({ queries: [planPeriod] }),
    );
    const wide = orgDataFeature.reducer(narrow, OrgDataPageActions.recordsNeeded({ queries: [period] }));
    expect(wide.queries).toEqual([period]);
    // The narrow query's reports are in once the wider one has delivered.
    const arrived = orgDataFeature.reducer(
      wide,
      OrgDataApiActions.recordsLoaded({ kind: 'reports', loaded: [period], records: [] }),
    );
    expect(isLoaded(planPeriod, arrived.queriesLoaded)).toBeTrue();
    const cleared = orgDataFeature.reducer(arrived, OrgDataApiActions.cleared());
    expect(cleared.queries).toEqual([]);
    expect(cleared.queriesLoaded).toEqual([]);
  });

  it("keeps each collection's records apart, and a period's summaries count as loaded once they arrive", () => {
    const indicators: RecordQuery = { kind: 'indicators', planId: 'plan-1' };
    const summaries: RecordQuery = { kind: 'summaries', periodId: 'd-2026' };
    let state = orgDataFeature.reducer(
      undefined,
      OrgDataPageActions.recordsNeeded({ queries: [indicators, summaries] }),
    );
    expect(ready(state)).toBeFalse();
    state = orgDataFeature.reducer(
      state,
      OrgDataApiActions.recordsLoaded({
        kind: 'indicators',
        loaded: [indicators],
        records: [createTestIndicator()],
      }),
    );
    expect(state.indicators.ids.length).toBe(1);
    expect(state.reports.ids.length).toBe(0);
    expect(ready(state)).toBeFalse();
    state = orgDataFeature.reducer(
      state,
      OrgDataApiActions.summariesLoaded({ periodIds: ['d-2026'], summaries: [] }),
    );
    expect(ready(state)).toBeTrue();
  });
});
