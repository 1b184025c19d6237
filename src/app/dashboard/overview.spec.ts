import {
  createTestDepartment,
  createTestFocusArea,
  createTestGoal,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import { Report } from '../domain/model';
import { summarisePlan, factsFromSummaries } from '../domain/plan-summary';
import { buildOverview, buildOverviewFromFacts, previousPeriod } from './overview';

describe('buildOverview', () => {
  const before = createTestPeriod({
    id: 'p0',
    startsOn: '2026-01-01',
    endsOn: '2026-04-30',
    state: 'closed',
  });
  const period = createTestPeriod({ id: 'p', year: 2026, startsOn: '2026-01-01', endsOn: '2026-08-31' });
  const plans = [
    createTestPlan({ id: 'int' }),
    createTestPlan({ id: 'old', validFrom: 2018, validTo: 2021 }),
  ];
  const areas = [
    createTestFocusArea({ id: 'a2', planId: 'int', order: 2 }),
    createTestFocusArea({ id: 'a1', planId: 'int', order: 1 }),
  ];
  const departments = [
    createTestDepartment({ id: 'd1', name: 'A' }),
    createTestDepartment({ id: 'd2', name: 'B' }),
  ];
  const goals = [
    createTestGoal({ id: 'g1', planId: 'int', focusAreaId: 'a1', leadDepartmentId: 'd1', order: 1 }),
    createTestGoal({ id: 'g2', planId: 'int', focusAreaId: 'a2', leadDepartmentId: 'd2', order: 2 }),
    createTestGoal({ id: 'g3', planId: 'old', focusAreaId: 'a1', leadDepartmentId: 'd2' }),
    createTestGoal({ id: 'g4', planId: 'int', focusAreaId: 'a1', leadDepartmentId: 'd2', order: 3 }),
  ];
  const report = (
    id: string,
    goalId: string,
    periodId: string,
    state: Report['state'],
    status: Report['status'],
    departmentId = 'd1',
  ) =>
    createTestReport({
      id,
      goalId,
      subjectId: goalId,
      departmentId,
      periodId,
      state,
      status,
      analysis: `Analys ${id}`,
    });
  const reports = [
    report('r1', 'g1', 'p', 'approved', 'off-track'),
    report('r2', 'g2', 'p', 'draft', 'on-track', 'd2'),
    report('r3', 'g4', 'p', 'submitted', 'at-risk', 'd2'),
    report('r0', 'g1', 'p0', 'approved', 'on-track'),
    report('r5', 'g4', 'p0', 'approved', 'off-track', 'd2'),
  ];
  const overview = buildOverview({ period, previous: before, plans, areas, goals, departments, reports });
  const int = overview.plans[0];

  it('covers only plans active in the period', () => {
    expect(overview.plans.map((p) => p.plan.id)).toEqual(['int']);
  });

  it('counts statuses with drafts as not reported', () => {
    expect(int.counts['off-track']).toBe(1);
    expect(int.counts['at-risk']).toBe(1);
    expect(int.counts['not-reported']).toBe(1);
    expect(int.counts['on-track']).toBe(0);
  });

  it('counts per focus area, in the plan’s order', () => {
    expect(
      int.areas.map((a) => [a.area.id, a.counts['off-track'], a.counts['at-risk'], a.counts['not-reported']]),
    ).toEqual([
      ['a1', 1, 1, 0],
      ['a2', 0, 0, 1],
    ]);
  });

  it('lists goals off track first, then at risk, with the analysis that set the status and the change', () => {
    expect(int.attention.map((a) => [a.goal.id, a.status, a.report.analysis, a.change])).toEqual([
      ['g1', 'off-track', 'Analys r1', 'worsened'],
      ['g4', 'at-risk', 'Analys r3', 'improved'],
    ]);
  });

  it('counts the changes since the previous period', () => {
    expect(int.changes).toEqual({ improved: 1, worsened: 1, unchanged: 0, unknown: 1 });
  });

  it('gives completeness per plan and per department, least complete first', () => {
    expect(int.completeness).toEqual({ expected: 3, reported: 2, ratio: 2 / 3 });
    expect(
      overview.departments.map((d) => [d.department.id, d.completeness.reported, d.completeness.expected]),
    ).toEqual([
      ['d2', 1, 2],
      ['d1', 1, 1],
    ]);
  });

  it('finds the previous period in time order', () => {
    expect(previousPeriod([period, before], period)?.id).toBe('p0');
    expect(previousPeriod([period, before], before)).toBeNull();
  });

  describe('from summary documents', () => {
    // A seeded generator: every run checks the same few hundred varied records.
    function random(seed: number): () => number {
      return () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
    }

    for (const seed of [1, 2, 3, 4, 5]) {
      it(`gives the same figures as the reports themselves (data set ${seed})`, () => {
        const next = random(seed);
        const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
        const periods = [before, period];
        const planIds = ['int', 'eq', 'old'];
        const departmentIds = ['d1', 'd2', 'd3', 'd4'];
        const manyGoals = Array.from({ length: 40 }, (_, i) =>
          createTestGoal({
            id: `g${i}`,
            planId: pick(planIds),
            focusAreaId: pick(['a1', 'a2']),
            leadDepartmentId: pick(departmentIds),
            contributingDepartmentIds: next() < 0.3 ? [pick(departmentIds)] : [],
            order: i,
          }),
        );
        const manyReports = Array.from({ length: 160 }, (_, i) => {
          const goal = pick(manyGoals);
          return createTestReport({
            id: `r${i}`,
            planId: goal.planId,
            goalId: goal.id,
            subjectId: goal.id,
            subjectType: next() < 0.1 ? 'activity' : 'goal',
            departmentId: pick(departmentIds),
            periodId: pick(periods).id,
            state: pick(['draft', 'submitted', 'approved', 'returned'] as const),
            status: pick(['on-track', 'at-risk', 'off-track', 'completed'] as const),
            analysis: `Analys ${i}`,
            submittedAt: `2026-0${1 + (i % 8)}-${String(10 + (i % 17)).padStart(2, '0')}T0${i % 10}:00:00.000Z`,
          });
        });
        const input = {
          period,
          previous: before,
          plans: [...plans, createTestPlan({ id: 'eq', theme: 'gender-equality' })],
          areas: [...areas, createTestFocusArea({ id: 'a3', planId: 'eq', order: 1 })],
          goals: manyGoals,
          departments: [
            ...departments,
            createTestDepartment({ id: 'd3' }),
            createTestDepartment({ id: 'd4', active: false }),
          ],
        };
        const summaries = periods.flatMap((p) =>
          planIds.map((plan) => summarisePlan('org', plan, p.id, manyReports, '2026-11-23T00:00:00.000Z')),
        );
        const fromReports = buildOverview({ ...input, reports: manyReports });
        const fromSummaries = buildOverviewFromFacts({
          ...input,
          current: factsFromSummaries(period.id, summaries),
          before: factsFromSummaries(before.id, summaries),
        });
        const comparable = (o: typeof fromReports) => ({
          ...o,
          plans: o.plans.map((p) => ({
            ...p,
            attention: p.attention.map(({ report, ...rest }) => ({
              ...rest,
              reportId: report.id,
              analysis: report.analysis,
            })),
          })),
        });
        expect(fromReports.plans.some((p) => p.attention.length > 0)).toBeTrue();
        expect(comparable(fromSummaries)).toEqual(comparable(fromReports));
      });
    }
  });
});

describe('buildOverview: a shared goal', () => {
  const period = createTestPeriod({ id: 'p', year: 2026 });
  const plans = [createTestPlan({ id: 'int' })];
  const areas = [createTestFocusArea({ id: 'a1', planId: 'int' })];
  const departments = [
    createTestDepartment({ id: 'lead', name: 'Utbildning' }),
    createTestDepartment({ id: 'contrib', name: 'Social' }),
  ];
  const goals = [
    createTestGoal({
      id: 'g',
      planId: 'int',
      focusAreaId: 'a1',
      leadDepartmentId: 'lead',
      contributingDepartmentIds: ['contrib'],
    }),
  ];
  const shared = (overrides: Partial<Report>) =>
    createTestReport({
      planId: 'int',
      goalId: 'g',
      subjectId: 'g',
      periodId: 'p',
      state: 'submitted',
      ...overrides,
    });

  it("takes the goal's status from its lead and lists the later contribution under it, in both ways of building", () => {
    const reports = [
      shared({
        id: 'l',
        departmentId: 'lead',
        status: 'at-risk',
        analysis: 'Lead',
        submittedAt: '2026-05-01',
      }),
      shared({
        id: 'c',
        departmentId: 'contrib',
        reportsAs: 'contributor',
        status: 'completed',
        analysis: 'Bidrag',
        submittedAt: '2026-06-01',
      }),
    ];
    const fromReports = buildOverview({ period, previous: null, plans, areas, goals, departments, reports });
    const fromSummaries = buildOverviewFromFacts({
      period,
      previous: null,
      plans,
      areas,
      goals,
      departments,
      current: factsFromSummaries('p', [summarisePlan('halmstad', 'int', 'p', reports, '2026-06-02')]),
      before: null,
    });
    for (const overview of [fromReports, fromSummaries]) {
      const [plan] = overview.plans;
      expect(plan.counts['at-risk']).toBe(1);
      expect(plan.counts.completed).toBe(0);
      expect(plan.attention.map((a) => [a.report.id, a.department?.name])).toEqual([['l', 'Utbildning']]);
      expect(
        plan.attention[0].contributions.map((c) => [
          c.report.id,
          c.report.status,
          c.department?.name,
          c.report.analysis,
        ]),
      ).toEqual([['c', 'completed', 'Social', 'Bidrag']]);
      expect(plan.completenessByPart.lead).toEqual({ expected: 1, reported: 1, ratio: 1 });
      expect(plan.completenessByPart.contributions).toEqual({ expected: 1, reported: 1, ratio: 1 });
    }
  });

  it('is not reported when only the contribution is in', () => {
    const reports = [
      shared({ id: 'c', departmentId: 'contrib', reportsAs: 'contributor', status: 'on-track' }),
    ];
    const [plan] = buildOverview({ period, previous: null, plans, areas, goals, departments, reports }).plans;
    expect(plan.counts['not-reported']).toBe(1);
    expect(plan.completenessByPart.lead.reported).toBe(0);
    expect(plan.completenessByPart.contributions.reported).toBe(1);
  });
});
