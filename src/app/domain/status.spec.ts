import {
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
  completeness,
  completenessByDepartment,
  expectedReports,
  goalStatus,
  goalStatuses,
  reportedPairs,
  rollUp,
  statusChange,
  totalOf,
} from './status';

describe('goalStatus', () => {
  const at = (minute: number) => `2026-05-10T10:${String(minute).padStart(2, '0')}:00.000Z`;
  const cases: [string, Partial<Report>[], GoalStatus][] = [
    ['no reports at all', [], 'not-reported'],
    ['only a draft', [{ state: 'draft', status: 'on-track' }], 'not-reported'],
    ['only a returned report', [{ state: 'returned', status: 'off-track' }], 'not-reported'],
    ['a submitted report', [{ state: 'submitted', status: 'at-risk', submittedAt: at(1) }], 'at-risk'],
    ['an approved report', [{ state: 'approved', status: 'completed', submittedAt: at(1) }], 'completed'],
    [
      'the latest submitted of two departments wins',
      [
        { id: 'a', departmentId: 'dep-1', state: 'approved', status: 'on-track', submittedAt: at(1) },
        { id: 'b', departmentId: 'dep-2', state: 'submitted', status: 'off-track', submittedAt: at(5) },
      ],
      'off-track',
    ],
    [
      'a later draft does not override an earlier submission',
      [
        { id: 'a', departmentId: 'dep-1', state: 'submitted', status: 'on-track', submittedAt: at(1) },
        { id: 'b', departmentId: 'dep-2', state: 'draft', status: 'off-track', updatedAt: at(9) },
      ],
      'on-track',
    ],
    [
      'a report of another period',
      [{ state: 'approved', periodId: 'per-0', submittedAt: at(1) }],
      'not-reported',
    ],
    [
      'a report of another goal',
      [{ state: 'approved', goalId: 'goal-2', submittedAt: at(1) }],
      'not-reported',
    ],
    [
      'an activity report does not set the goal status',
      [{ state: 'approved', subjectType: 'activity', subjectId: 'act-1', submittedAt: at(1) }],
      'not-reported',
    ],
  ];
  for (const [name, reports, expected] of cases) {
    it(name, () => {
      const built = reports.map((r, i) => createTestReport({ id: `r${i}`, ...r }));
      expect(goalStatus('goal-1', 'per-1', built)).toBe(expected);
    });
  }
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
      { goalId: 'g1', departmentId: 'd1' },
      { goalId: 'g1', departmentId: 'd2' },
      { goalId: 'g2', departmentId: 'd2' },
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
