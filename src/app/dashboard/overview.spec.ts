import {
  createTestDepartment,
  createTestGoal,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import { buildOverview } from './overview';

describe('buildOverview', () => {
  const period = createTestPeriod({ id: 'p', year: 2026 });
  const plans = [
    createTestPlan({ id: 'int' }),
    createTestPlan({ id: 'old', validFrom: 2018, validTo: 2021 }),
  ];
  const departments = [
    createTestDepartment({ id: 'd1', name: 'A' }),
    createTestDepartment({ id: 'd2', name: 'B' }),
  ];
  const goals = [
    createTestGoal({ id: 'g1', planId: 'int', leadDepartmentId: 'd1' }),
    createTestGoal({ id: 'g2', planId: 'int', leadDepartmentId: 'd2' }),
    createTestGoal({ id: 'g3', planId: 'old', leadDepartmentId: 'd2' }),
  ];
  const reports = [
    createTestReport({
      id: 'r1',
      goalId: 'g1',
      subjectId: 'g1',
      departmentId: 'd1',
      periodId: 'p',
      state: 'approved',
      status: 'off-track',
    }),
    createTestReport({
      id: 'r2',
      goalId: 'g2',
      subjectId: 'g2',
      departmentId: 'd2',
      periodId: 'p',
      state: 'draft',
      status: 'on-track',
    }),
  ];
  const overview = buildOverview(period, plans, goals, departments, reports);

  it('covers only plans active in the period', () => {
    expect(overview.plans.map((p) => p.plan.id)).toEqual(['int']);
  });

  it('counts statuses with drafts as not reported', () => {
    const counts = overview.plans[0].counts;
    expect(counts['off-track']).toBe(1);
    expect(counts['not-reported']).toBe(1);
    expect(counts['on-track']).toBe(0);
  });

  it('gives completeness per plan and per department, least complete first', () => {
    expect(overview.plans[0].completeness).toEqual({ expected: 2, reported: 1, ratio: 0.5 });
    expect(overview.departments.map((d) => [d.department.id, d.completeness.ratio])).toEqual([
      ['d2', 0],
      ['d1', 1],
    ]);
  });
});
