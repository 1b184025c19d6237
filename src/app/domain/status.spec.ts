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
  contributionsByGoal,
  expectedReports,
  goalStatus,
  goalStatuses,
  leadReports,
  reportedPairs,
  reportsAsFor,
  reportsAsOfStored,
  rollUp,
  statusChange,
  totalOf,
} from './status';

describe('goalStatus: the lead department’s report sets it', () => {
  const at = (minute: number) => `2026-05-10T10:${String(minute).padStart(2, '0')}:00.000Z`;
  const lead = (overrides: Partial<Report>): Partial<Report> => ({
    id: 'lead',
    departmentId: 'dep-lead',
    reportsAs: 'lead',
    ...overrides,
  });
  const contribution = (overrides: Partial<Report>): Partial<Report> => ({
    id: 'contrib',
    departmentId: 'dep-contrib',
    reportsAs: 'contributor',
    ...overrides,
  });
  const cases: [string, Partial<Report>[], GoalStatus][] = [
    ['no reports at all', [], 'not-reported'],
    ['only a draft', [lead({ state: 'draft', status: 'on-track' })], 'not-reported'],
    ['only a returned lead report', [lead({ state: 'returned', status: 'off-track' })], 'not-reported'],
    [
      'a submitted lead report',
      [lead({ state: 'submitted', status: 'at-risk', submittedAt: at(1) })],
      'at-risk',
    ],
    [
      'an approved lead report',
      [lead({ state: 'approved', status: 'completed', submittedAt: at(1) })],
      'completed',
    ],
    [
      'lead first, contribution later: the lead still sets it',
      [
        lead({ state: 'approved', status: 'on-track', submittedAt: at(1) }),
        contribution({ state: 'submitted', status: 'off-track', submittedAt: at(5) }),
      ],
      'on-track',
    ],
    [
      'contribution first, lead later: the lead sets it',
      [
        contribution({ state: 'approved', status: 'off-track', submittedAt: at(1) }),
        lead({ state: 'submitted', status: 'at-risk', submittedAt: at(5) }),
      ],
      'at-risk',
    ],
    [
      'only contributions: not reported, whatever they say',
      [
        contribution({ state: 'approved', status: 'completed', submittedAt: at(1) }),
        contribution({
          id: 'c2',
          departmentId: 'dep-c2',
          state: 'submitted',
          status: 'on-track',
          submittedAt: at(2),
        }),
      ],
      'not-reported',
    ],
    [
      'a returned lead report beside a submitted contribution: not reported',
      [
        lead({ state: 'returned', status: 'on-track', submittedAt: at(1) }),
        contribution({ state: 'submitted', status: 'off-track', submittedAt: at(3) }),
      ],
      'not-reported',
    ],
    [
      'a lead draft beside an approved contribution: not reported',
      [
        lead({ state: 'draft', status: 'on-track' }),
        contribution({ state: 'approved', status: 'completed', submittedAt: at(1) }),
      ],
      'not-reported',
    ],
    [
      'lead changed mid-period, the new lead not yet reported: the old lead’s report still counts',
      [
        lead({
          id: 'old',
          departmentId: 'dep-old',
          state: 'approved',
          status: 'off-track',
          submittedAt: at(1),
        }),
      ],
      'off-track',
    ],
    [
      'lead changed mid-period: the new lead’s later report sets it',
      [
        lead({
          id: 'old',
          departmentId: 'dep-old',
          state: 'approved',
          status: 'off-track',
          submittedAt: at(1),
        }),
        lead({
          id: 'new',
          departmentId: 'dep-new',
          state: 'submitted',
          status: 'on-track',
          submittedAt: at(7),
        }),
      ],
      'on-track',
    ],
    [
      'lead changed mid-period, listed in the other order: the same',
      [
        lead({
          id: 'new',
          departmentId: 'dep-new',
          state: 'submitted',
          status: 'on-track',
          submittedAt: at(7),
        }),
        lead({
          id: 'old',
          departmentId: 'dep-old',
          state: 'approved',
          status: 'off-track',
          submittedAt: at(1),
        }),
      ],
      'on-track',
    ],
    [
      'the old lead resubmitted after the change is a contribution (the backend re-marks it)',
      [
        contribution({
          id: 'old',
          departmentId: 'dep-old',
          state: 'submitted',
          status: 'completed',
          submittedAt: at(9),
        }),
        lead({
          id: 'new',
          departmentId: 'dep-new',
          state: 'submitted',
          status: 'at-risk',
          submittedAt: at(7),
        }),
      ],
      'at-risk',
    ],
    [
      'a report of another period',
      [lead({ state: 'approved', periodId: 'per-0', submittedAt: at(1) })],
      'not-reported',
    ],
    [
      'a report of another goal',
      [lead({ state: 'approved', goalId: 'goal-2', submittedAt: at(1) })],
      'not-reported',
    ],
    [
      'an activity report does not set the goal status',
      [
        {
          state: 'approved',
          subjectType: 'activity',
          subjectId: 'act-1',
          reportsAs: 'responsible',
          submittedAt: at(1),
        },
      ],
      'not-reported',
    ],
  ];
  for (const [name, reports, expected] of cases) {
    it(name, () => {
      const built = reports.map((r, i) => createTestReport({ id: `r${i}`, ...r }));
      expect(goalStatus('goal-1', 'per-1', built)).toBe(expected);
    });
  }

  it('keeps contributions apart, in department order, submitted and approved only', () => {
    const reports = [
      createTestReport(lead({ state: 'approved', submittedAt: at(1) })),
      createTestReport(
        contribution({ id: 'c-b', departmentId: 'dep-b', state: 'submitted', submittedAt: at(2) }),
      ),
      createTestReport(
        contribution({ id: 'c-a', departmentId: 'dep-a', state: 'approved', submittedAt: at(3) }),
      ),
      createTestReport(contribution({ id: 'c-c', departmentId: 'dep-c', state: 'draft' })),
    ];
    expect(leadReports('per-1', reports).get('goal-1')?.id).toBe('lead');
    expect(
      contributionsByGoal('per-1', reports)
        .get('goal-1')
        ?.map((r) => r.id),
    ).toEqual(['c-a', 'c-b']);
  });
});

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
