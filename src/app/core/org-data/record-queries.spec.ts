import {
  asked,
  covers,
  eachOf,
  isLoaded,
  planRecords,
  QueryAsk,
  RecordQuery,
  recordQueryKey,
  released,
  watchedFor,
  withQueries,
} from './record-queries';

describe('record queries (which reports, indicators, activities and Kolada values a page asks for)', () => {
  const plan: RecordQuery = { kind: 'reports', planId: 'p1' };
  const planPeriod: RecordQuery = { kind: 'reports', planId: 'p1', periodId: 't1' };
  const otherPlanPeriod: RecordQuery = { kind: 'reports', planId: 'p2', periodId: 't1' };
  const period: RecordQuery = { kind: 'reports', periodId: 't1' };
  const departmentPeriod: RecordQuery = { kind: 'reports', departmentId: 'd1', periodId: 't1' };
  const all: RecordQuery = { kind: 'reports' };

  describe('covers', () => {
    const cases: [string, RecordQuery, RecordQuery, boolean][] = [
      ['a query covers itself', planPeriod, planPeriod, true],
      ['fewer filters cover more filters', plan, planPeriod, true],
      ['more filters do not cover fewer', planPeriod, plan, false],
      ['every report covers everything', all, departmentPeriod, true],
      ['a period covers one plan in it', period, otherPlanPeriod, true],
      ['another plan is not covered', planPeriod, otherPlanPeriod, false],
      ['another field is not covered', departmentPeriod, planPeriod, false],
      ['filters on different fields do not cover each other', plan, period, false],
      ["a plan's indicators do not cover its reports", { kind: 'indicators', planId: 'p1' }, plan, false],
      ["a plan's reports do not cover its activities", plan, { kind: 'activities', planId: 'p1' }, false],
      [
        "every indicator covers one goal's",
        { kind: 'indicators' },
        { kind: 'indicators', goalId: 'g1' },
        true,
      ],
    ];
    for (const [name, wider, narrower, expected] of cases) {
      it(name, () => expect(covers(wider, narrower)).toBe(expected));
    }
  });

  describe('withQueries', () => {
    const cases: [string, RecordQuery[], RecordQuery[], RecordQuery[] | null][] = [
      ['the first query is added', [], [planPeriod], [planPeriod]],
      [
        'a query already wanted changes nothing',
        [planPeriod],
        [{ kind: 'reports', periodId: 't1', planId: 'p1' }],
        null,
      ],
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
      [
        "a plan's indicators beside its reports: both watched",
        [plan],
        [{ kind: 'indicators', planId: 'p1' }],
        [plan, { kind: 'indicators', planId: 'p1' }],
      ],
    ];
    for (const [name, current, added, expected] of cases) {
      it(name, () => expect(withQueries(current, added)).toEqual(expected));
    }
  });

  describe('isLoaded', () => {
    const cases: [string, RecordQuery, RecordQuery[], boolean][] = [
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
    expect(recordQueryKey({ kind: 'reports', periodId: 't1', planId: 'p1' })).toBe(
      recordQueryKey({ kind: 'reports', planId: 'p1', periodId: 't1' }),
    );
    expect(recordQueryKey(planPeriod)).not.toBe(recordQueryKey(otherPlanPeriod));
    expect(recordQueryKey(plan)).not.toBe(recordQueryKey(planPeriod));
    expect(recordQueryKey(all)).toBe('reports?');
    expect(recordQueryKey({ kind: 'indicators', planId: 'p1' })).toBe('indicators?planId=p1');
  });

  it('asks for one query per value, skipping what is not known yet', () => {
    expect(eachOf('departmentId', ['d1', null, 'd2'], { periodId: 't1' })).toEqual([
      { periodId: 't1', departmentId: 'd1' },
      { periodId: 't1', departmentId: 'd2' },
    ]);
    expect(eachOf('periodId', [])).toEqual([]);
  });

  it("names a plan's indicators, activities and Kolada values, and nothing for no plan", () => {
    expect(planRecords('p1')).toEqual([
      { kind: 'indicators', planId: 'p1' },
      { kind: 'activities', planId: 'p1' },
      { kind: 'measurements', planId: 'p1' },
    ]);
    expect(planRecords(null)).toEqual([]);
  });

  describe('which queries stay watched as pages come and go', () => {
    const use = (query: RecordQuery, users: number): QueryAsk => ({ query, users });
    const q = (n: number): RecordQuery => ({ kind: 'reports', planId: `p${n}`, periodId: 't1' });
    type Step = ['ask' | 'leave', RecordQuery[]];
    const cases: { name: string; start: QueryAsk[]; steps: Step[]; keep?: number; expected: QueryAsk[] }[] = [
      {
        name: 'a page asks: used once',
        start: [],
        steps: [['ask', [planPeriod]]],
        expected: [use(planPeriod, 1)],
      },
      {
        name: 'a second page asks the same (in any order of fields): used twice, one entry',
        start: [use(planPeriod, 1)],
        steps: [['ask', [{ kind: 'reports', periodId: 't1', planId: 'p1' }]]],
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
