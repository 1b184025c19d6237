import { createTestReport } from '../testing/builders';
import {
  isWellFormedValue,
  officialValue,
  gapInPercentagePoints,
  gapTrend,
  genderGap,
  indicatorProgress,
  isCountUnit,
  latestIndicatorValues,
  shownDecimals,
} from './indicator';
import { Direction } from './model';

describe('indicatorProgress', () => {
  const cases: [string, number | null, number | null, number | null, Direction, number | null][] = [
    // name, baseline, target, current, direction, expected
    ['halfway up', 40, 60, 50, 'increase', 0.5],
    ['at baseline', 40, 60, 40, 'increase', 0],
    ['at target', 40, 60, 60, 'increase', 1],
    ['beyond target is clamped to 100 %', 40, 60, 75, 'increase', 1],
    ['worse than baseline is clamped to 0 %', 40, 60, 30, 'increase', 0],
    ['lower is better, halfway down', 20, 10, 15, 'decrease', 0.5],
    ['lower is better, beyond target', 20, 10, 5, 'decrease', 1],
    ['lower is better, got worse', 20, 10, 25, 'decrease', 0],
    ['the denominator sign alone carries the direction', 20, 10, 15, 'increase', 0.5],
    ['target equals baseline, met (increase)', 50, 50, 50, 'increase', 1],
    ['target equals baseline, missed (increase)', 50, 50, 49, 'increase', 0],
    ['target equals baseline, met (decrease)', 50, 50, 48, 'decrease', 1],
    ['target equals baseline, missed (decrease)', 50, 50, 51, 'decrease', 0],
    ['negative values', -10, 10, 0, 'increase', 0.5],
    ['missing current value', 40, 60, null, 'increase', null],
    ['missing baseline', null, 60, 50, 'increase', null],
    ['missing target', 40, null, 50, 'increase', null],
    ['NaN current value', 40, 60, Number.NaN, 'increase', null],
  ];
  for (const [name, baseline, target, current, direction, expected] of cases) {
    it(name, () => {
      const progress = indicatorProgress(baseline, target, current, direction);
      if (expected === null) expect(progress).toBeNull();
      else expect(progress).toBeCloseTo(expected, 10);
    });
  }
});

describe('genderGap', () => {
  const cases: [string, number | null, number | null, number | null][] = [
    ['women higher', 62, 55, 7],
    ['men higher', 48.5, 52, -3.5],
    ['equal', 50, 50, 0],
    ['no binary noise', 52.1, 47.3, 4.8],
    ['women missing', null, 50, null],
    ['men missing', 50, null, null],
    ['both missing', null, null, null],
  ];
  for (const [name, women, men, expected] of cases) {
    it(name, () => expect(genderGap(women, men)).toEqual(expected));
  }
});

describe('gapTrend', () => {
  const cases: [number | null, number | null, string][] = [
    [8, 5, 'narrowing'],
    [-8, -5, 'narrowing'],
    [5, 8, 'widening'],
    [4, 4, 'unchanged'],
    [3, -2, 'reversed'],
    [0, 2, 'widening'],
    [2, 0, 'narrowing'],
    [null, 2, 'unknown'],
    [2, null, 'unknown'],
  ];
  for (const [previous, current, expected] of cases) {
    it(`${previous} → ${current} is ${expected}`, () => expect(gapTrend(previous, current)).toBe(expected));
  }
});

describe('latestIndicatorValues', () => {
  const periods = [
    { id: 'p1', endsOn: '2026-04-30' },
    { id: 'p2', endsOn: '2026-08-31' },
  ];
  const value = (total: number | null) => [{ indicatorId: 'i1', total, women: null, men: null }];

  it('takes the latest period with a reported total', () => {
    const reports = [
      createTestReport({ id: 'a', periodId: 'p2', state: 'submitted', indicatorValues: value(52) }),
      createTestReport({ id: 'b', periodId: 'p1', state: 'approved', indicatorValues: value(48) }),
    ];
    expect(latestIndicatorValues(reports, periods).get('i1')?.total).toBe(52);
  });

  it('ignores drafts, returned reports and empty totals', () => {
    const reports = [
      createTestReport({ id: 'a', periodId: 'p2', state: 'draft', indicatorValues: value(99) }),
      createTestReport({ id: 'b', periodId: 'p2', state: 'returned', indicatorValues: value(98) }),
      createTestReport({ id: 'c', periodId: 'p2', state: 'approved', indicatorValues: value(null) }),
      createTestReport({ id: 'd', periodId: 'p1', state: 'approved', indicatorValues: value(48) }),
    ];
    expect(latestIndicatorValues(reports, periods).get('i1')?.total).toBe(48);
  });

  it("ignores a contribution's values, even in a later period or submitted later", () => {
    const reports = [
      createTestReport({
        id: 'c',
        periodId: 'p2',
        departmentId: 'dep-2',
        reportsAs: 'contributor',
        state: 'approved',
        indicatorValues: value(70),
      }),
      createTestReport({ id: 'l', periodId: 'p1', state: 'approved', indicatorValues: value(48) }),
    ];
    expect(latestIndicatorValues(reports, periods).get('i1')?.total).toBe(48);
  });

  it('takes the later lead report of a period whose lead changed', () => {
    const reports = [
      createTestReport({
        id: 'new',
        departmentId: 'dep-new',
        periodId: 'p2',
        state: 'submitted',
        submittedAt: '2026-08-20T10:00:00Z',
        indicatorValues: value(55),
      }),
      createTestReport({
        id: 'old',
        departmentId: 'dep-old',
        periodId: 'p2',
        state: 'approved',
        submittedAt: '2026-06-01T10:00:00Z',
        indicatorValues: value(50),
      }),
    ];
    expect(latestIndicatorValues(reports, periods).get('i1')?.total).toBe(55);
  });

  it('has nothing for an indicator never reported', () => {
    expect(latestIndicatorValues([], periods).has('i1')).toBeFalse();
  });
});

describe('gapInPercentagePoints (a difference between two percentages is in procentenheter)', () => {
  const cases: [string, boolean][] = [
    ['%', true],
    [' % ', true],
    ['st', false],
    ['kr', false],
    ['procent av befolkningen', false],
  ];
  for (const [unit, points] of cases) {
    it(`"${unit}" → ${points ? 'percentage points' : 'its own unit'}`, () =>
      expect(gapInPercentagePoints(unit)).toBe(points));
  }
});

describe('isCountUnit and shownDecimals (counts are whole numbers)', () => {
  const cases: [string, boolean, number][] = [
    ['st', true, 0],
    [' St ', true, 0],
    ['personer', true, 0],
    ['antal', true, 0],
    ['%', false, 2],
    ['kr', false, 2],
    ['dagar', false, 2],
    ['', false, 2],
  ];
  for (const [unit, count, decimals] of cases) {
    it(`"${unit}" → ${count ? 'a count' : 'not a count'}, ${decimals} decimals`, () => {
      expect(isCountUnit(unit)).toBe(count);
      expect(shownDecimals(unit)).toBe(decimals);
    });
  }
});

describe('officialValue: which series measures the progress', () => {
  const measurements = [
    { indicatorId: 'i1', year: 2024, total: 40 },
    { indicatorId: 'i1', year: 2025, total: null },
    { indicatorId: 'i1', year: 2023, total: 35 },
    { indicatorId: 'i2', year: 2026, total: 99 },
  ];
  const cases: [
    string,
    'reported' | 'kolada' | undefined,
    number | null,
    { value: number | null; year: number | null },
  ][] = [
    ['absent: the reported value', undefined, 42, { value: 42, year: null }],
    ['reported: the reported value, even with Kolada values', 'reported', 42, { value: 42, year: null }],
    [
      'Kolada: its latest year with a total (a year without is skipped)',
      'kolada',
      42,
      { value: 40, year: 2024 },
    ],
  ];
  for (const [name, series, reported, expected] of cases) {
    it(name, () => {
      const found = officialValue({ id: 'i1', officialSeries: series }, reported, measurements);
      expect({ value: found.value, year: found.year }).toEqual(expected);
      expect(found.series).toBe(series ?? 'reported');
    });
  }

  it('Kolada without any value: none, never the reported one', () => {
    expect(officialValue({ id: 'i3', officialSeries: 'kolada' }, 42, measurements).value).toBeNull();
  });
});

describe('isWellFormedValue (what a summary or a snapshot reads of a report’s values)', () => {
  const rows: [what: string, value: unknown, ok: boolean][] = [
    [
      'a full value',
      { indicatorId: 'i', total: 3, women: 1, men: 2, missingReason: null, equalityAnalysis: 'x' },
      true,
    ],
    ['a total only', { indicatorId: 'i', total: 3 }, true],
    ['nothing given', { indicatorId: 'i', total: null, women: null, men: null }, true],
    ['null', null, false],
    ['a string', 'i', false],
    ['a list', ['i', 3], false],
    ['no indicator id', { total: 3 }, false],
    ['an empty indicator id', { indicatorId: '', total: 3 }, false],
    ['a numeric indicator id', { indicatorId: 7, total: 3 }, false],
    ['a text total', { indicatorId: 'i', total: 'lots' }, false],
    ['an infinite count', { indicatorId: 'i', women: Infinity }, false],
    ['a numeric equality analysis', { indicatorId: 'i', total: 3, equalityAnalysis: 5 }, false],
    ['an object as reason', { indicatorId: 'i', total: 3, missingReason: { a: 1 } }, false],
    ['an extra field', { indicatorId: 'i', total: 3, html: '<b>' }, false],
  ];
  for (const [what, value, ok] of rows) {
    it(`${ok ? 'accepts' : 'refuses'} ${what}`, () => expect(isWellFormedValue(value)).toBe(ok));
  }
});
