import { createTestIndicator, createTestPeriod, createTestReport } from '../testing/builders';
import { analysisReason, gapTargetVerdict, genderTargetVerdicts } from './equality-analysis';
import { previousReport } from './status';
import { GapTarget } from './model';
import { validateIndicator, validateReport } from './validation';

describe('equality analysis: targets for the gap, and when the numbers ask for an explanation', () => {
  const target: GapTarget = { maxGap: 2, year: 2027 };

  const verdicts: [string, number | null, GapTarget | null, string][] = [
    ['within the target', 1.5, target, 'met'],
    ['exactly at the target', 2, target, 'met'],
    ['the other way, within', -1.9, target, 'met'],
    ['outside the target', 2.1, target, 'not-met'],
    ['outside, the other way', -3, target, 'not-met'],
    ['no gap to judge', null, target, 'unknown'],
    ['no target', 5, null, 'none'],
  ];
  for (const [name, gap, t, verdict] of verdicts) {
    it(`gapTargetVerdict: ${name}`, () => expect(gapTargetVerdict(gap, t)).toBe(verdict));
  }

  const split = { genderDisaggregated: true, gapTarget: null };
  const reasons: [string, object, object | undefined, object | undefined, string | null][] = [
    ['the gap widened (2 → 3.5)', split, { women: 53.5, men: 50 }, { women: 52, men: 50 }, 'widened'],
    ['it widened the other way (2 → −3)', split, { women: 47, men: 50 }, { women: 52, men: 50 }, 'widened'],
    ['it narrowed', split, { women: 51, men: 50 }, { women: 52, men: 50 }, null],
    ['the same gap', split, { women: 52, men: 50 }, { women: 53, men: 51 }, null],
    ['no earlier report', split, { women: 60, men: 50 }, undefined, null],
    [
      'outside its target, narrowing or not',
      { ...split, gapTarget: target },
      { women: 55, men: 50 },
      { women: 60, men: 50 },
      'outside-target',
    ],
    [
      'within its target but wider than before',
      { ...split, gapTarget: target },
      { women: 51.5, men: 50 },
      { women: 51, men: 50 },
      'widened',
    ],
    ['a value missing', split, { women: null, men: 50 }, { women: 52, men: 50 }, null],
    [
      'not split by gender',
      { genderDisaggregated: false, gapTarget: target },
      { women: 60, men: 50 },
      undefined,
      null,
    ],
  ];
  for (const [name, indicator, value, previous, reason] of reasons) {
    it(`analysisReason: ${name}`, () => {
      const need = analysisReason(indicator as never, value as never, previous as never);
      expect<string | null>(need?.reason ?? null).toBe(reason);
    });
  }

  describe('submitting needs the analysis the numbers ask for (validateReport)', () => {
    const indicators = [{ id: 'i1', unit: '%', genderDisaggregated: true, gapTarget: null }];
    const previous = { indicatorValues: [{ indicatorId: 'i1', women: 52, men: 50, total: 51 }] };
    const report = (equalityAnalysis: string | null | undefined) =>
      createTestReport({
        analysis: 'Text',
        indicatorValues: [{ indicatorId: 'i1', women: 55, men: 50, total: 52.5, equalityAnalysis }],
      });
    const cases: [string, string | null | undefined, boolean, Record<string, string>][] = [
      [
        'a widened gap without an analysis cannot be submitted',
        null,
        true,
        { 'values.i1.equalityAnalysis': 'required' },
      ],
      ['… nor with only spaces', '   ', true, { 'values.i1.equalityAnalysis': 'required' }],
      ['with one it can', 'Fler kvinnor har fått plats i projektet.', true, {}],
      ['a draft may wait', null, false, {}],
      [
        'an analysis too long is refused',
        'x'.repeat(8001),
        false,
        { 'values.i1.equalityAnalysis': 'tooLong' },
      ],
    ];
    for (const [name, analysis, forSubmit, expected] of cases) {
      it(name, () => {
        const errors = validateReport(report(analysis), indicators, forSubmit, previous);
        expect<Record<string, string>>(
          Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, e.code])),
        ).toEqual(expected);
      });
    }

    it('without an earlier report nothing widened: no analysis needed', () => {
      expect(validateReport(report(null), indicators, true, null)).toEqual({});
    });
  });

  it("previousReport: the department's reported report of the latest earlier period", () => {
    const periods = [
      createTestPeriod({ id: 'p1', startsOn: '2025-01-01', endsOn: '2025-04-30' }),
      createTestPeriod({ id: 'p2', startsOn: '2025-01-01', endsOn: '2025-08-31' }),
      createTestPeriod({ id: 'p3', startsOn: '2025-01-01', endsOn: '2025-12-31' }),
    ];
    const mine = { subjectType: 'goal' as const, subjectId: 'g1', departmentId: 'd1' };
    const reports = [
      createTestReport({ id: 'r1', ...mine, goalId: 'g1', periodId: 'p1', state: 'approved' }),
      createTestReport({ id: 'r2', ...mine, goalId: 'g1', periodId: 'p2', state: 'draft' }),
      createTestReport({
        id: 'r4',
        ...mine,
        departmentId: 'd2',
        goalId: 'g1',
        periodId: 'p2',
        state: 'approved',
      }),
    ];
    expect(previousReport({ ...mine, periodId: 'p3' }, reports, periods)?.id).toBe('r1');
    expect(previousReport({ ...mine, periodId: 'p1' }, reports, periods)).toBeNull();
  });

  const genderTargets: [string, 'increase' | 'decrease', number | null, number | null, string | null][] = [
    ['both reach theirs (higher is better)', 'increase', 85, 80, 'met/met'],
    ['women below theirs', 'increase', 84.9, 80, 'not-met/met'],
    ['lower is better: men above theirs', 'decrease', 5, 6.5, 'met/not-met'],
    ['a value missing', 'increase', null, 80, 'unknown/met'],
  ];
  for (const [name, direction, women, men, expected] of genderTargets) {
    it(`genderTargetVerdicts: ${name}`, () => {
      const verdicts = genderTargetVerdicts(
        {
          direction,
          genderTargets: direction === 'increase' ? { women: 85, men: 80 } : { women: 6, men: 6 },
        },
        women,
        men,
      );
      expect(verdicts ? `${verdicts.women}/${verdicts.men}` : null).toBe(expected);
    });
  }

  it('genderTargetVerdicts: nothing without separate targets', () => {
    expect(genderTargetVerdicts({ direction: 'increase', genderTargets: null }, 1, 2)).toBeNull();
  });

  const targetErrors: [string, object, string | null][] = [
    ['both targets', { genderTargets: { women: 85, men: 80 } }, null],
    ['one missing', { genderTargets: { women: 85, men: null } }, 'targetMen'],
    [
      'not split by gender',
      { genderDisaggregated: false, genderTargets: { women: 85, men: 80 } },
      'targetWomen',
    ],
    ['none', { genderTargets: null }, null],
  ];
  for (const [name, change, field] of targetErrors) {
    it(`validateIndicator, targets for women and men: ${name}`, () => {
      const errors = validateIndicator({ ...createTestIndicator(), ...change });
      expect(Object.keys(errors)).toEqual(field ? [field] : []);
    });
  }
});
