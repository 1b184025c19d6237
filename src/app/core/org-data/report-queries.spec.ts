import {
  asked,
  covers,
  eachOf,
  isLoaded,
  released,
  ReportAsk,
  ReportQuery,
  reportQueryKey,
  watchedFor,
  withQueries,
} from './report-queries';

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

  describe('which queries stay watched as pages come and go', () => {
    const use = (query: ReportQuery, users: number): ReportAsk => ({ query, users });
    const q = (n: number): ReportQuery => ({ planId: `p${n}`, periodId: 't1' });
    type Step = ['ask' | 'leave', ReportQuery[]];
    const cases: { name: string; start: ReportAsk[]; steps: Step[]; keep?: number; expected: ReportAsk[] }[] =
      [
        {
          name: 'a page asks: used once',
          start: [],
          steps: [['ask', [planPeriod]]],
          expected: [use(planPeriod, 1)],
        },
        {
          name: 'a second page asks the same (in any order of fields): used twice, one entry',
          start: [use(planPeriod, 1)],
          steps: [['ask', [{ periodId: 't1', planId: 'p1' }]]],
          expected: [use(planPeriod, 2)],
        },
        {
          name: 'the page leaves: kept, unused',
          start: [use(planPeriod, 1)],
          steps: [['leave', [planPeriod]]],
          expected: [use(planPeriod, 0)],
        },
        {
          name: 'leaving what was never asked changes nothing, and never counts below zero',
          start: [use(planPeriod, 0)],
          steps: [['leave', [planPeriod, period]]],
          expected: [use(planPeriod, 0)],
        },
        {
          name: 'the oldest unused are forgotten beyond the number kept',
          start: [use(q(1), 0), use(q(2), 0), use(departmentPeriod, 1)],
          steps: [['leave', []]],
          keep: 1,
          expected: [use(q(2), 0), use(departmentPeriod, 1)],
        },
        {
          name: 'a query in use is never forgotten, however old',
          start: [use(departmentPeriod, 1), use(q(1), 0), use(q(2), 0)],
          steps: [['leave', [q(3)]]],
          keep: 0,
          expected: [use(departmentPeriod, 1)],
        },
        {
          name: 'the most recently left counts as the newest',
          start: [use(q(1), 1), use(q(2), 0)],
          steps: [['leave', [q(1)]]],
          keep: 1,
          expected: [use(q(1), 0)],
        },
        {
          name: 'asked again before it is forgotten: in use again, and newest',
          start: [use(q(1), 0), use(q(2), 0)],
          steps: [
            ['ask', [q(1)]],
            ['leave', []],
          ],
          keep: 0,
          expected: [use(q(1), 1)],
        },
      ];
    for (const { name, start, steps, keep, expected } of cases) {
      it(name, () => {
        let asks = start;
        for (const [step, queries] of steps) {
          asks = step === 'ask' ? asked(asks, queries) : released(asks, queries, keep);
        }
        expect(asks).toEqual(expected);
      });
    }

    it('watches each query asked, but none that another covers', () => {
      expect(watchedFor([])).toEqual([]);
      expect(watchedFor([use(planPeriod, 1), use(departmentPeriod, 0)])).toEqual([
        planPeriod,
        departmentPeriod,
      ]);
      expect(watchedFor([use(planPeriod, 1), use(plan, 0), use(otherPlanPeriod, 2)])).toEqual([
        plan,
        otherPlanPeriod,
      ]);
      expect(watchedFor([use(plan, 0), use(planPeriod, 1)])).toEqual([plan]);
    });
  });
});
