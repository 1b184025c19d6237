import {
  createTestActivity,
  createTestDepartment,
  createTestFocusArea,
  createTestGoal,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../../testing/builders';
import { Report } from '../../domain/model';
import {
  byWhatNeedsDoing,
  periodWithWorkDue,
  selectMyReminderCount,
  selectMyWork,
  WorkItem,
} from './my-reporting.selectors';

describe('selectMyWork', () => {
  const mine = createTestDepartment({ id: 'mine', shortName: 'UAF' });
  const period = createTestPeriod({ id: 'open', year: 2026, state: 'open' });
  const plans = [createTestPlan({ id: 'p' }), createTestPlan({ id: 'draft', status: 'draft' })];
  const areas = [
    createTestFocusArea({ id: 'a2', planId: 'p', order: 2 }),
    createTestFocusArea({ id: 'a1', planId: 'p', order: 1 }),
  ];
  const goals = [
    createTestGoal({ id: 'lead', planId: 'p', focusAreaId: 'a1', leadDepartmentId: 'mine' }),
    createTestGoal({
      id: 'contrib',
      planId: 'p',
      focusAreaId: 'a2',
      leadDepartmentId: 'other',
      contributingDepartmentIds: ['mine'],
    }),
    createTestGoal({ id: 'foreign', planId: 'p', focusAreaId: 'a1', leadDepartmentId: 'other' }),
    createTestGoal({ id: 'in-draft-plan', planId: 'draft', focusAreaId: 'a1', leadDepartmentId: 'mine' }),
  ];
  const activities = [
    createTestActivity({ id: 'act', goalId: 'lead', responsibleDepartmentId: 'mine' }),
    createTestActivity({ id: 'not-mine', goalId: 'lead', responsibleDepartmentId: 'other' }),
  ];
  const reports = [
    createTestReport({
      goalId: 'lead',
      subjectId: 'lead',
      departmentId: 'mine',
      periodId: 'open',
      state: 'returned',
    }),
    createTestReport({
      id: 'old',
      goalId: 'contrib',
      subjectId: 'contrib',
      departmentId: 'mine',
      periodId: 'earlier',
      state: 'approved',
    }),
  ];

  it('lists the goals my departments lead or contribute to, in focus-area order, with this period’s report', () => {
    const groups = selectMyWork.projector([mine], [period], plans, areas, goals, activities, reports);
    expect(groups.length).toBe(1);
    expect(groups[0].areas.map((a) => a.area.id)).toEqual(['a1', 'a2']);
    const items = groups[0].areas.flatMap((a) => a.items);
    expect(items.map((i) => [i.activity?.id ?? i.goal.id, i.role, i.report?.state ?? null])).toEqual([
      ['lead', 'lead', 'returned'],
      ['act', 'activity', null],
      ['contrib', 'contributing', null],
    ]);
  });

  describe('two open periods at once (the last one’s returned reports while the next has begun)', () => {
    const helar = createTestPeriod({ id: 'open', name: 'Helår 2026', state: 'open', deadline: '2026-12-15' });
    const next = createTestPeriod({
      id: 'next',
      name: 'Tertial 1 2027',
      state: 'open',
      deadline: '2027-05-15',
    });
    const doneIn = (periodId: string): Report[] =>
      ['lead', 'contrib']
        .map((goalId) =>
          createTestReport({
            id: `${periodId}-${goalId}`,
            goalId,
            subjectId: goalId,
            departmentId: 'mine',
            periodId,
            state: 'submitted',
          }),
        )
        .concat(
          createTestReport({
            id: `${periodId}-act`,
            goalId: 'lead',
            subjectType: 'activity',
            subjectId: 'act',
            departmentId: 'mine',
            periodId,
            state: 'submitted',
          }),
        );
    const work = (rs: Report[]) =>
      selectMyWork.projector([mine], [helar, next], plans, areas, goals, activities, rs);

    it('keeps each period’s work, with its own reports', () => {
      const groups = work(reports);
      expect(groups.map((g) => g.period.id)).toEqual(['open', 'next']);
      const lead = (periodId: string) =>
        groups
          .find((g) => g.period.id === periodId)!
          .areas.flatMap((a) => a.items)
          .find((i) => i.goal.id === 'lead' && !i.activity)!;
      expect(lead('open').report?.state).toBe('returned');
      expect(lead('next').report).toBeNull();
    });

    const rows: { name: string; reports: Report[]; shown: string }[] = [
      { name: 'work left in both: the earlier deadline', reports, shown: 'open' },
      { name: 'the earlier one done: the next', reports: doneIn('open'), shown: 'next' },
      {
        name: 'both done: the earlier deadline',
        reports: [...doneIn('open'), ...doneIn('next')],
        shown: 'open',
      },
    ];
    for (const row of rows) {
      it(`shows first the period with work due — ${row.name}`, () => {
        expect(periodWithWorkDue([helar, next], work(row.reports))?.id).toBe(row.shown);
      });
    }

    it('counts reminders in every open period whose deadline is near', () => {
      const soon = createTestPeriod({
        id: 'open',
        state: 'open',
        deadline: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
      });
      const later = createTestPeriod({
        id: 'next',
        state: 'open',
        deadline: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
      });
      const groups = selectMyWork.projector([mine], [soon, later], plans, areas, goals, activities, reports);
      // Three items in the near period (one returned, two not started); the later period's are not yet due.
      expect(selectMyReminderCount.projector(groups)).toBe(3);
    });
  });

  it('is empty without an open period or without departments', () => {
    expect(selectMyWork.projector([mine], [], plans, areas, goals, activities, reports)).toEqual([]);
    expect(selectMyWork.projector([], [period], plans, areas, goals, activities, reports)).toEqual([]);
  });
});

describe('byWhatNeedsDoing', () => {
  const goal = createTestGoal({ id: 'g' });
  const department = createTestDepartment({ id: 'd' });
  const item = (name: string, state: Report['state'] | null): WorkItem => ({
    goal: { ...goal, title: name },
    activity: null,
    department,
    role: 'lead',
    report: state ? createTestReport({ state }) : null,
  });
  const cases: { name: string; states: (Report['state'] | null)[]; expected: string[] }[] = [
    {
      name: 'returned first, then not started, drafts, submitted, approved',
      states: ['approved', 'submitted', 'draft', null, 'returned'],
      expected: ['4:returned', '3:none', '2:draft', '1:submitted', '0:approved'],
    },
    {
      name: 'the plan order stays within the same state',
      states: [null, 'draft', null, 'draft'],
      expected: ['0:none', '2:none', '1:draft', '3:draft'],
    },
    { name: 'nothing to sort', states: [], expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const items = c.states.map((s, i) => item(`${i}:${s ?? 'none'}`, s));
      expect(byWhatNeedsDoing(items).map((i) => i.goal.title)).toEqual(c.expected);
    });
  }
});
