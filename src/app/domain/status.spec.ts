import { createTestReport } from '../testing/builders';
import { GoalStatus, Report } from './model';
import { contributionsByGoal, goalStatus, leadReports } from './status';

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
