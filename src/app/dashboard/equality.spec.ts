import { createTestIndicator, createTestPeriod, createTestReport } from '../testing/builders';
import { buildEqualityRows, indicatorTrend } from './equality';

describe('gender-equality figures', () => {
  const p1 = createTestPeriod({ id: 'p1', startsOn: '2026-01-01', endsOn: '2026-04-30', state: 'closed' });
  const p2 = createTestPeriod({ id: 'p2', startsOn: '2026-01-01', endsOn: '2026-08-31', state: 'open' });
  const p3 = createTestPeriod({ id: 'p3', startsOn: '2026-01-01', endsOn: '2026-12-31', state: 'planned' });
  const split = createTestIndicator({ id: 'split', goalId: 'g', genderDisaggregated: true });
  const plain = createTestIndicator({ id: 'plain', goalId: 'g', genderDisaggregated: false });
  const value = (women: number | null, men: number | null, total: number | null) => [
    { indicatorId: 'split', women, men, total },
    { indicatorId: 'plain', women: null, men: null, total: 7 },
  ];
  const reports = [
    createTestReport({
      id: 'a',
      goalId: 'g',
      subjectId: 'g',
      periodId: 'p1',
      state: 'approved',
      indicatorValues: value(60, 48, 53),
    }),
    createTestReport({
      id: 'b',
      goalId: 'g',
      subjectId: 'g',
      periodId: 'p2',
      state: 'submitted',
      indicatorValues: value(58, 52, 60),
    }),
    createTestReport({
      id: 'c',
      goalId: 'g',
      subjectId: 'g',
      periodId: 'p2',
      state: 'draft',
      departmentId: 'x',
      indicatorValues: value(1, 99, 1),
    }),
  ];

  it('lists only gender-split indicators, with the gap beside the two values and the total as entered', () => {
    const rows = buildEqualityRows([split, plain], reports, [p1, p2, p3], p2);
    expect(rows.length).toBe(1);
    expect(rows[0]).toEqual(
      jasmine.objectContaining({
        women: 58,
        men: 52,
        total: 60,
        gap: 6,
        previousGap: 12,
        trend: 'narrowing',
      }),
    );
  });

  it('takes the lead’s values, never a contribution’s, for the gap, its trend and the trend series', () => {
    // The case: the contributor reported later, with men above women.
    const contribution = (id: string, periodId: string, women: number, men: number) =>
      createTestReport({
        id,
        goalId: 'g',
        subjectId: 'g',
        periodId,
        departmentId: 'contributor',
        reportsAs: 'contributor',
        state: 'approved',
        submittedAt: '2026-12-31T23:00:00.000Z',
        indicatorValues: value(women, men, 50),
      });
    const withContributions = [
      ...reports,
      contribution('c1', 'p1', 40, 60),
      contribution('c2', 'p2', 41, 47),
    ];
    const [row] = buildEqualityRows([split], withContributions, [p1, p2], p2);
    expect([row.women, row.men, row.gap, row.previousGap, row.trend]).toEqual([58, 52, 6, 12, 'narrowing']);
    expect(indicatorTrend(split, [p1, p2], withContributions).map((p) => p.gap)).toEqual([12, 6]);
  });

  it('ignores drafts and has no trend without a previous period', () => {
    const rows = buildEqualityRows([split], reports, [p2], p2);
    expect(rows[0].women).toBe(58);
    expect(rows[0].trend).toBe('unknown');
  });

  it('shows the latest reported value, with its period, when the chosen period has none yet', () => {
    const [row] = buildEqualityRows([split], reports, [p1, p2, p3], p3);
    expect([row.women, row.men, row.gap, row.valuePeriod?.id, row.previousGap, row.trend]).toEqual([
      58,
      52,
      6,
      'p2',
      12,
      'narrowing',
    ]);
  });

  it('a period not reported yet, with nothing earlier, shows no value and no movement', () => {
    const [row] = buildEqualityRows([split], [], [p1, p2], p2);
    expect([row.women, row.valuePeriod, row.trend]).toEqual([null, null, 'unknown']);
  });

  it('never looks at later periods', () => {
    const [row] = buildEqualityRows([split], reports, [p1, p2], p1);
    expect([row.women, row.valuePeriod?.id, row.previousGap]).toEqual([60, 'p1', null]);
  });

  it('gives the trend over started periods in time order, with gaps', () => {
    const trend = indicatorTrend(split, [p3, p2, p1], reports);
    expect(trend.map((t) => [t.period.id, t.women, t.men, t.total, t.gap])).toEqual([
      ['p1', 60, 48, 53, 12],
      ['p2', 58, 52, 60, 6],
    ]);
  });
});
