import {
  Department,
  FocusArea,
  Goal,
  GoalStatus,
  Id,
  Period,
  Plan,
  Report,
  ReportStatus,
} from '../domain/model';
import {
  completeness,
  Completeness,
  expectedReports,
  planIsActiveIn,
  reportedPairs,
  responsibleDepartments,
} from '../domain/status';

export interface DepartmentGoal {
  goal: Goal;
  area: FocusArea | undefined;
  role: 'lead' | 'contributing';
  /** The goal's status for the period: its lead department's submitted or approved report. */
  status: GoalStatus;
  /**
   * This department's own report, if submitted or approved (drafts are nobody else's business):
   * for a contributing department, its contribution, which never sets the goal's status.
   */
  report: Report | null;
}

export interface DepartmentView {
  department: Department;
  completeness: Completeness;
  plans: { plan: Plan; goals: DepartmentGoal[] }[];
}

/**
 * One department's goals across every active plan, with status and its own report. `reports` need
 * only be the department's own; each goal's status (set by its lead department's report) comes
 * from `lead`, the period's facts (`factsFromSummaries`).
 */
export function buildDepartmentView(
  department: Department,
  period: Period,
  plans: readonly Plan[],
  areas: readonly FocusArea[],
  goals: readonly Goal[],
  departments: readonly Department[],
  reports: readonly Report[],
  lead: ReadonlyMap<Id, { status: ReportStatus }>,
): DepartmentView {
  const active = plans.filter((p) => planIsActiveIn(p, period));
  const activeIds = new Set<Id>(active.map((p) => p.id));
  const theirs = goals.filter(
    (g) => activeIds.has(g.planId) && responsibleDepartments(g).includes(department.id),
  );
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const own = new Map(
    reports
      .filter((r) => r.periodId === period.id && r.subjectType === 'goal' && r.departmentId === department.id)
      .filter((r) => r.state === 'submitted' || r.state === 'approved')
      .map((r) => [r.goalId, r]),
  );
  const expected = expectedReports(theirs, active, departments, period).filter(
    (e) => e.departmentId === department.id,
  );
  return {
    department,
    completeness: completeness(expected, reportedPairs(period.id, reports)),
    plans: active
      .map((plan) => ({
        plan,
        goals: theirs
          .filter((g) => g.planId === plan.id)
          .sort(
            (a, b) =>
              (areaById.get(a.focusAreaId)?.order ?? 0) - (areaById.get(b.focusAreaId)?.order ?? 0) ||
              a.order - b.order,
          )
          .map((goal) => ({
            goal,
            area: areaById.get(goal.focusAreaId),
            role: goal.leadDepartmentId === department.id ? ('lead' as const) : ('contributing' as const),
            status: lead.get(goal.id)?.status ?? ('not-reported' as const),
            report: own.get(goal.id) ?? null,
          })),
      }))
      .filter((p) => p.goals.length > 0),
  };
}
