import { Department, GOAL_STATUSES, Goal, GoalStatus, Id, Period, Plan, Report } from '../domain/model';
import {
  byPlan,
  Completeness,
  completeness,
  completenessByDepartment,
  expectedReports,
  goalStatuses,
  planIsActiveIn,
  rollUp,
  StatusCounts,
  emptyCounts,
} from '../domain/status';

export interface PlanOverview {
  plan: Plan;
  counts: StatusCounts;
  rows: { status: GoalStatus; count: number }[];
  completeness: Completeness;
}

export interface Overview {
  plans: PlanOverview[];
  departments: { department: Department; completeness: Completeness }[];
}

/** The figures of the overview for one period, straight from the domain rules. */
export function buildOverview(
  period: Period,
  plans: readonly Plan[],
  goals: readonly Goal[],
  departments: readonly Department[],
  reports: readonly Report[],
): Overview {
  const active = plans.filter((p) => planIsActiveIn(p, period));
  const activeIds = new Set<Id>(active.map((p) => p.id));
  const activeGoals = goals.filter((g) => activeIds.has(g.planId));
  const statuses = goalStatuses(period.id, reports);
  const countsByPlan = rollUp(activeGoals, statuses, byPlan);
  const expected = expectedReports(activeGoals, active, departments, period);
  const byDepartment = completenessByDepartment(expected, period.id, reports);
  return {
    plans: active.map((plan) => {
      const counts = countsByPlan.get(plan.id) ?? emptyCounts();
      const planGoals = new Set(activeGoals.filter((g) => g.planId === plan.id).map((g) => g.id));
      return {
        plan,
        counts,
        rows: GOAL_STATUSES.map((status) => ({ status, count: counts[status] })),
        completeness: completeness(
          expected.filter((e) => planGoals.has(e.goalId)),
          period.id,
          reports,
        ),
      };
    }),
    departments: departments
      .filter((d) => byDepartment.has(d.id))
      .map((department) => ({ department, completeness: byDepartment.get(department.id)! }))
      .sort(
        (a, b) =>
          (a.completeness.ratio ?? 0) - (b.completeness.ratio ?? 0) ||
          a.department.name.localeCompare(b.department.name, 'sv'),
      ),
  };
}
