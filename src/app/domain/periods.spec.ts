import { Period } from './model';
import { periodActions, periodNameKey, standardPeriodId, standardPeriods, stateAfter } from './periods';
import { validatePeriod } from './validation';

describe('periods', () => {
  it('builds the standard cycle of a year: Tertial 1, Delår, Helår', () => {
    const periods = standardPeriods(2027);
    expect(periods.map((p) => [p.name, p.startsOn, p.endsOn])).toEqual([
      ['Tertial 1 2027', '2027-01-01', '2027-04-30'],
      ['Delår 2027', '2027-01-01', '2027-08-31'],
      ['Helår 2027', '2027-01-01', '2027-12-31'],
    ]);
    expect(periods.map(standardPeriodId)).toEqual([
      'per-2027-tertial1',
      'per-2027-interim',
      'per-2027-annual',
    ]);
  });

  it('gives periods that pass validation (deadline after opening, end after start)', () => {
    for (const period of standardPeriods(2030)) {
      expect(validatePeriod({ ...period, state: 'planned' })).toEqual({});
    }
  });

  const cases: ['planned' | 'open' | 'closed', string[]][] = [
    ['planned', ['open']],
    ['open', ['close']],
    ['closed', ['reopen']],
  ];
  for (const [state, actions] of cases) {
    it(`a ${state} period can be: ${actions.join(', ')}`, () =>
      expect(periodActions(state)).toEqual(actions as never));
  }

  it('closing closes; opening and reopening open', () => {
    expect([stateAfter('open'), stateAfter('close'), stateAfter('reopen')]).toEqual([
      'open',
      'closed',
      'open',
    ]);
  });
});

describe('periodNameKey', () => {
  const cases: [Pick<Period, 'kind' | 'year' | 'name'>, string, Record<string, string | number>][] = [
    [{ kind: 'tertial1', year: 2027, name: 'Tertial 1 2027' }, 'periodName.tertial1', { year: 2027 }],
    [{ kind: 'interim', year: 2026, name: 'Delår 2026' }, 'periodName.interim', { year: 2026 }],
    [{ kind: 'annual', year: 2026, name: 'Helår 2026' }, 'periodName.annual', { year: 2026 }],
    [
      { kind: 'custom', year: 2027, name: 'Uppföljning våren 2027' },
      'periodName.custom',
      { name: 'Uppföljning våren 2027' },
    ],
  ];
  for (const [period, key, params] of cases) {
    it(`${period.kind} ${period.year} → ${key}`, () =>
      expect(periodNameKey(period)).toEqual({ key, params }));
  }
});
