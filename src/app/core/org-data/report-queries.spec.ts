import { covers, eachOf, isLoaded, ReportQuery, reportQueryKey, withQueries } from './report-queries';

describe('report queries (which reports a page asks for)', () => {
  const plan: ReportQuery = { planId: 'p1' };
  const planPeriod: ReportQuery = { planId: 'p1', periodId: 't1' };
  const otherPlanPeriod: ReportQuery = { planId: 'p2', periodId: 't1' };
  const period: ReportQuery = { periodId: 't1' };
  const departmentPeriod: ReportQuery = { departmentId: 'd1', periodId: 't1' };
  const all: ReportQuery = {};

  describe('covers', () => {
    const cases: [string, ReportQuery, ReportQuery, boolean][] = [
      ['a query covers itself', planPeriod, planPeriod, true],
      ['fewer filters cover more filters', plan, planPeriod, true],
      ['more filters do not cover fewer', planPeriod, plan, false],
      ['every report covers everything', all, departmentPeriod, true],
      ['a period covers one plan in it', period, otherPlanPeriod, true],
      ['another plan is not covered', planPeriod, otherPlanPeriod, false],
      ['another field is not covered', departmentPeriod, planPeriod, false],
      ['filters on different fields do not cover each other', plan, period, false],
    ];
    for (const [name, wider, narrower, expected] of cases) {
      it(name, () => expect(covers(wider, narrower)).toBe(expected));
    }
  });

  describe('withQueries', () => {
    const cases: [string, ReportQuery[], ReportQuery[], ReportQuery[] | null][] = [
      ['the first query is added', [], [planPeriod], [planPeriod]],
      ['a query already wanted changes nothing', [planPeriod], [{ periodId: 't1', planId: 'p1' }], null],
      ['a query a wider one covers changes nothing', [period], [planPeriod, departmentPeriod], null],
      [
        'a wider query replaces those it covers',
        [planPeriod, otherPlanPeriod, plan],
        [period],
        [plan, period],
      ],
      ['every report replaces everything', [planPeriod, departmentPeriod], [all], [all]],
      [
        'unrelated queries are kept side by side',
        [planPeriod],
        [departmentPeriod],
        [planPeriod, departmentPeriod],
      ],
      ['nothing asked changes nothing', [planPeriod], [], null],
    ];
    for (const [name, current, added, expected] of cases) {
      it(name, () => expect(withQueries(current, added)).toEqual(expected));
    }
  });

  describe('isLoaded', () => {
    const cases: [string, ReportQuery, ReportQuery[], boolean][] = [
      ['nothing has arrived', planPeriod, [], false],
      ['its own watch has delivered', planPeriod, [planPeriod], true],
      ['a wider watch has delivered', planPeriod, [period], true],
      ['only a narrower watch has delivered', plan, [planPeriod], false],
      ["another plan's watch has delivered", planPeriod, [otherPlanPeriod], false],
    ];
    for (const [name, query, loaded, expected] of cases) {
      it(name, () => expect(isLoaded(query, loaded)).toBe(expected));
    }
  });

  it('gives one key to the same filters in any order, and different keys to different filters', () => {
    expect(reportQueryKey({ periodId: 't1', planId: 'p1' })).toBe(
      reportQueryKey({ planId: 'p1', periodId: 't1' }),
    );
    expect(reportQueryKey(planPeriod)).not.toBe(reportQueryKey(otherPlanPeriod));
    expect(reportQueryKey(plan)).not.toBe(reportQueryKey(planPeriod));
    expect(reportQueryKey(all)).toBe('');
  });

  it('asks for one query per value, skipping what is not known yet', () => {
    expect(eachOf('departmentId', ['d1', null, 'd2'], { periodId: 't1' })).toEqual([
      { periodId: 't1', departmentId: 'd1' },
      { periodId: 't1', departmentId: 'd2' },
    ]);
    expect(eachOf('periodId', [])).toEqual([]);
  });
});
