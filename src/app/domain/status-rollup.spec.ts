import {
  createTestActivity,
  createTestDepartment,
  createTestGoal,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import { GoalStatus, Report } from './model';
import {
  byDepartment,
  byFocusArea,
  carriers,
  completeness,
  completenessByDepartment,
  completenessByPart,
  expectedReports,
  goalStatuses,
  reportedPairs,
  reportsAsFor,
  reportsAsOfStored,
  rollUp,
  statusChange,
  totalOf,
} from './status';

describe('reportsAsFor and carriers: who carries a goal or an activity', () => {
  const goal = createTestGoal({ leadDepartmentId: 'lead', contributingDepartmentIds: ['c1', 'c2'] });
  const activity = createTestActivity({ responsibleDepartmentId: 'resp' });
  const cases: [string, Parameters<typeof reportsAsFor>[0], string, string | null][] = [
    ['the goal’s lead', goal, 'lead', 'lead'],
    ['a contributing department', goal, 'c2', 'contributor'],
    ['a department that does not carry the goal', goal, 'other', null],
    ['the activity’s responsible department', activity, 'resp', 'responsible'],
    ['the goal’s lead does not carry the activity', activity, 'lead', null],
  ];
  for (const [name, subject, departmentId, expected] of cases) {
    it(name, () => expect(reportsAsFor(subject, departmentId)).toBe(expected as never));
  }
  it('works out the part of a report stored before reports said so', () => {
    const goals = new Map([['goal-1', goal]]);
    const activities = new Map([['act-1', activity]]);
    const stored = (subjectType: 'goal' | 'activity', subjectId: string, departmentId: string) =>
      reportsAsOfStored({ subjectType, subjectId, departmentId }, goals, activities);
    expect(stored('goal', 'goal-1', 'lead')).toBe('lead');
    expect(stored('goal', 'goal-1', 'c1')).toBe('contributor');
    expect(stored('goal', 'goal-1', 'gone')).toBe('contributor');
    expect(stored('goal', 'missing', 'lead')).toBe('contributor');
    expect(stored('activity', 'act-1', 'resp')).toBe('responsible');
  });

  it('lists the carriers', () => {
    expect(carriers(goal)).toEqual(['lead', 'c1', 'c2']);
    expect(carriers(activity)).toEqual(['resp']);
  });
});

describe('rollUp', () => {
  const goals = [
    createTestGoal({
      id: 'g1',
      focusAreaId: 'fa-1',
      leadDepartmentId: 'd1',
      contributingDepartmentIds: ['d2'],
    }),
    createTestGoal({
      id: 'g2',
      focusAreaId: 'fa-1',
      leadDepartmentId: 'd2',
      contributingDepartmentIds: ['d2'],
    }),
    createTestGoal({ id: 'g3', focusAreaId: 'fa-2', leadDepartmentId: 'd1' }),
  ];
  const statuses = new Map<string, GoalStatus>([
    ['g1', 'on-track'],
    ['g2', 'off-track'],
  ]);

  it('counts per focus area, with unreported goals as "not reported"', () => {
    const result = rollUp(goals, statuses, byFocusArea);
    expect(result.get('fa-1')?.['on-track']).toBe(1);
    expect(result.get('fa-1')?.['off-track']).toBe(1);
    expect(result.get('fa-2')?.['not-reported']).toBe(1);
    expect(totalOf(result.get('fa-2')!)).toBe(1);
  });

  it('counts a goal once under each responsible department, never twice under one', () => {
    const result = rollUp(goals, statuses, byDepartment);
    expect(totalOf(result.get('d1')!)).toBe(2);
    expect(totalOf(result.get('d2')!)).toBe(2);
  });

  it('matches goalStatuses computed from reports', () => {
    const reports = [
      createTestReport({ goalId: 'g3', subjectId: 'g3', state: 'approved', status: 'completed' }),
    ];
    const result = rollUp(goals, goalStatuses('per-1', reports), byFocusArea);
    expect(result.get('fa-2')?.completed).toBe(1);
    expect(result.get('fa-1')?.['not-reported']).toBe(2);
  });
});

describe('expectedReports and completeness', () => {
  const period = createTestPeriod({ id: 'p', year: 2026 });
  const departments = [
    createTestDepartment({ id: 'd1' }),
    createTestDepartment({ id: 'd2' }),
    createTestDepartment({ id: 'd3', active: false }),
  ];
  const plans = [
    createTestPlan({ id: 'active' }),
    createTestPlan({ id: 'draft', status: 'draft' }),
    createTestPlan({ id: 'old', validFrom: 2020, validTo: 2023 }),
  ];
  const goals = [
    createTestGoal({
      id: 'g1',
      planId: 'active',
      leadDepartmentId: 'd1',
      contributingDepartmentIds: ['d2', 'd3'],
    }),
    createTestGoal({ id: 'g2', planId: 'active', leadDepartmentId: 'd2' }),
    createTestGoal({ id: 'g3', planId: 'draft', leadDepartmentId: 'd1' }),
    createTestGoal({ id: 'g4', planId: 'old', leadDepartmentId: 'd1' }),
  ];
  const expected = expectedReports(goals, plans, departments, period);
  const report = (goalId: string, departmentId: string, state: Report['state']) =>
    createTestReport({
      id: `${goalId}-${departmentId}`,
      goalId,
      subjectId: goalId,
      departmentId,
      periodId: 'p',
      state,
    });

  it('expects one report per goal and active responsible department of active plans', () => {
    expect(expected).toEqual([
      { goalId: 'g1', departmentId: 'd1', lead: true },
      { goalId: 'g1', departmentId: 'd2', lead: false },
      { goalId: 'g2', departmentId: 'd2', lead: true },
    ]);
  });

  const cases: [string, Report[], number, number | null][] = [
    ['nothing reported', [], 0, 0],
    [
      'drafts and returned reports do not count',
      [report('g1', 'd1', 'draft'), report('g2', 'd2', 'returned')],
      0,
      0,
    ],
    [
      'submitted and approved count',
      [report('g1', 'd1', 'submitted'), report('g2', 'd2', 'approved')],
      2,
      2 / 3,
    ],
    [
      'reports nobody expected do not count',
      [report('g3', 'd1', 'approved'), report('g1', 'd3', 'approved')],
      0,
      0,
    ],
  ];
  for (const [name, reports, reported, ratio] of cases) {
    it(name, () => {
      const result = completeness(expected, reportedPairs('p', reports));
      expect(result.expected).toBe(3);
      expect(result.reported).toBe(reported);
      expect(result.ratio).toBeCloseTo(ratio!, 10);
    });
  }

  it('is null, not 0 % or 100 %, when nothing is expected', () => {
    expect(completeness([], reportedPairs('p', []))).toEqual({ expected: 0, reported: 0, ratio: null });
  });

  it('counts lead reports and contributions apart', () => {
    const result = completenessByPart(
      expected,
      reportedPairs('p', [report('g1', 'd2', 'submitted'), report('g2', 'd2', 'approved')]),
    );
    expect(result.lead).toEqual({ expected: 2, reported: 1, ratio: 0.5 });
    expect(result.contributions).toEqual({ expected: 1, reported: 1, ratio: 1 });
  });

  it('splits by department', () => {
    const result = completenessByDepartment(expected, reportedPairs('p', [report('g1', 'd2', 'submitted')]));
    expect(result.get('d1')).toEqual({ expected: 1, reported: 0, ratio: 0 });
    expect(result.get('d2')).toEqual({ expected: 2, reported: 1, ratio: 0.5 });
  });
});

describe('statusChange', () => {
  const cases: [GoalStatus, GoalStatus, string][] = [
    ['off-track', 'at-risk', 'improved'],
    ['at-risk', 'on-track', 'improved'],
    ['on-track', 'completed', 'improved'],
    ['on-track', 'off-track', 'worsened'],
    ['at-risk', 'at-risk', 'unchanged'],
    ['not-reported', 'on-track', 'unknown'],
    ['on-track', 'not-started', 'unknown'],
  ];
  for (const [previous, current, expected] of cases) {
    it(`${previous} → ${current} is ${expected}`, () =>
      expect(statusChange(previous, current)).toBe(expected));
  }
});
