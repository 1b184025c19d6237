import {
  createTestDepartment,
  createTestFocusArea,
  createTestGoal,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import { factsFromReports } from '../domain/plan-summary';
import { buildDepartmentView } from './department';

describe('buildDepartmentView', () => {
  const period = createTestPeriod({ id: 'p', year: 2026 });
  const plans = [
    createTestPlan({ id: 'int', theme: 'integration' }),
    createTestPlan({ id: 'jam', theme: 'gender-equality' }),
  ];
  const areas = [
    createTestFocusArea({ id: 'a', planId: 'int' }),
    createTestFocusArea({ id: 'b', planId: 'jam' }),
  ];
  const departments = [createTestDepartment({ id: 'd' }), createTestDepartment({ id: 'other' })];
  const goals = [
    createTestGoal({ id: 'g1', planId: 'int', focusAreaId: 'a', leadDepartmentId: 'd' }),
    createTestGoal({
      id: 'g2',
      planId: 'jam',
      focusAreaId: 'b',
      leadDepartmentId: 'other',
      contributingDepartmentIds: ['d'],
    }),
    createTestGoal({ id: 'g3', planId: 'jam', focusAreaId: 'b', leadDepartmentId: 'other' }),
  ];
  const reports = [
    createTestReport({
      id: 'r1',
      goalId: 'g1',
      subjectId: 'g1',
      departmentId: 'd',
      periodId: 'p',
      state: 'approved',
      status: 'at-risk',
    }),
    createTestReport({
      id: 'r2',
      goalId: 'g2',
      subjectId: 'g2',
      departmentId: 'other',
      periodId: 'p',
      state: 'submitted',
      status: 'on-track',
    }),
    createTestReport({
      id: 'r3',
      goalId: 'g2',
      subjectId: 'g2',
      departmentId: 'd',
      periodId: 'p',
      state: 'draft',
      status: 'off-track',
    }),
  ];
  const view = buildDepartmentView(
    departments[0],
    period,
    plans,
    areas,
    goals,
    departments,
    reports,
    factsFromReports(period.id, reports).lead,
  );

  it('shows the department’s goals across both plans with their role', () => {
    expect(view.plans.map((p) => [p.plan.id, p.goals.map((g) => [g.goal.id, g.role])])).toEqual([
      ['int', [['g1', 'lead']]],
      ['jam', [['g2', 'contributing']]],
    ]);
  });

  it('gives the goal’s status and only the department’s own submitted report, never its draft', () => {
    const g2 = view.plans[1].goals[0];
    expect(g2.status).toBe('on-track');
    expect(g2.report).toBeNull();
    expect(view.plans[0].goals[0].report?.id).toBe('r1');
  });

  it('counts the department’s own completeness', () => {
    expect(view.completeness).toEqual({ expected: 2, reported: 1, ratio: 0.5 });
  });
});
