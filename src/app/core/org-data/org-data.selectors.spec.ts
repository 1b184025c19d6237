import { createTestPeriod } from '../../testing/builders';
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

  it('reads no reports until a page asks, then the recent periods’, marked loading until they arrive', () => {
    const initial = orgDataFeature.reducer(undefined, { type: 'init' });
    expect(initial.reportScope).toBe('none');
    const recent = orgDataFeature.reducer(initial, OrgDataPageActions.reportsNeeded());
    expect(recent.reportScope).toBe('recent');
    expect(recent.loaded.reports).toBeFalse();
    expect(orgDataFeature.reducer(recent, OrgDataPageActions.reportsNeeded())).toBe(recent);
  });

  it('switches to every period on request, and marks reports as loading until they arrive', () => {
    const loaded = orgDataFeature.reducer(
      orgDataFeature.reducer(undefined, OrgDataPageActions.reportsNeeded()),
      OrgDataApiActions.collectionLoaded({ kind: 'reports', records: [] }),
    );
    expect(loaded.reportScope).toBe('recent');
    const all = orgDataFeature.reducer(loaded, OrgDataPageActions.reportHistoryNeeded());
    expect(all.reportScope).toBe('all');
    expect(all.loaded.reports).toBeFalse();
    expect(orgDataFeature.reducer(all, OrgDataPageActions.reportHistoryNeeded())).toBe(all);
    expect(orgDataFeature.reducer(all, OrgDataPageActions.reportsNeeded())).toBe(all);
    expect(orgDataFeature.reducer(all, OrgDataApiActions.cleared()).reportScope).toBe('none');
  });
});
