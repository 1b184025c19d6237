import {
  Department,
  FocusArea,
  GOAL_STATUSES,
  Goal,
  GoalStatus,
  Id,
  Period,
  Plan,
  Report,
} from '../domain/model';
import { factsFromReports, PeriodFacts, StatusReport } from '../domain/plan-summary';
import {
  byFocusArea,
  byPlan,
  Completeness,
  completeness,
  completenessByDepartment,
  completenessByPart,
  emptyCounts,
  expectedReports,
  planIsActiveIn,
  rollUp,
  StatusChange,
  statusChange,
  StatusCounts,
} from '../domain/status';
import { groupBy } from '../domain/group-by';

export interface StatusRow {
  status: GoalStatus;
  count: number;
}

export interface AttentionItem {
  goal: Goal;
  area: FocusArea | undefined;
  status: GoalStatus;
  report: StatusReport;
  department: Department | undefined;
  change: StatusChange;
  /** The contributing departments' reports, shown under the goal, never in its status. */
  contributions: { report: StatusReport; department: Department | undefined }[];
}

export interface PlanOverview {
  plan: Plan;
  counts: StatusCounts;
  rows: StatusRow[];
  completeness: Completeness;
  /** The same, with the lead reports and the contributions counted apart. */
  completenessByPart: { lead: Completeness; contributions: Completeness };
  /** Goal status per focus area, in the plan's order. */
  areas: { area: FocusArea; counts: StatusCounts }[];
  /** Goals off track or at risk, off track first, with the analysis that set the status. */
  attention: AttentionItem[];
  /** How goal statuses moved since the previous period. */
  changes: Record<StatusChange, number>;
}

export interface Overview {
  period: Period;
  previous: Period | null;
  plans: PlanOverview[];
  departments: { department: Department; completeness: Completeness }[];
}

export interface OverviewInput {
  period: Period;
  /** The period before, for "change since last period". */
  previous: Period | null;
  plans: readonly Plan[];
  areas: readonly FocusArea[];
  goals: readonly Goal[];
  departments: readonly Department[];
  reports: readonly Report[];
}

/** The same, with the period's reports already reduced to facts (from reports or from summaries). */
export interface OverviewFactsInput extends Omit<OverviewInput, 'reports'> {
  current: PeriodFacts;
  /** The previous period's facts (null without a previous period). */
  before: PeriodFacts | null;
}

/** The figures of the overview for one period, straight from the domain rules. */
export function buildOverview(input: OverviewInput): Overview {
  const { period, previous } = input;
  // Only this period and the one before matter: one pass narrows a region's 100 000 reports.
  const reports = input.reports.filter((r) => r.periodId === period.id || r.periodId === previous?.id);
  return buildOverviewFromFacts({
    ...input,
    current: factsFromReports(period.id, reports),
    before: previous ? factsFromReports(previous.id, reports) : null,
  });
}

/** The figures of the overview from a period's facts: what the dashboards do with summary documents. */
export function buildOverviewFromFacts(input: OverviewFactsInput): Overview {
  const { period, previous, plans, areas, goals, departments } = input;
  const active = plans.filter((p) => planIsActiveIn(p, period));
  const activeIds = new Set<Id>(active.map((p) => p.id));
  const activeGoals = goals.filter((g) => activeIds.has(g.planId));
  const { lead, contributions, pairs } = input.current;
  const statuses = new Map<Id, GoalStatus>([...lead].map(([goalId, report]) => [goalId, report.status]));
  const before = new Map<Id, GoalStatus>(
    [...(input.before?.lead ?? [])].map(([goalId, report]) => [goalId, report.status]),
  );
  const countsByPlan = rollUp(activeGoals, statuses, byPlan);
  const countsByArea = rollUp(activeGoals, statuses, byFocusArea);
  const expected = expectedReports(activeGoals, active, departments, period);
  // The reported pairs are computed once, for every completeness figure.
  const byDepartment = completenessByDepartment(expected, pairs);
  const goalsByPlan = groupBy(activeGoals, (g) => g.planId);
  const planOfGoal = new Map(activeGoals.map((g) => [g.id, g.planId]));
  const expectedByPlan = groupBy(expected, (e) => planOfGoal.get(e.goalId)!);
  const areasByPlan = groupBy(areas, (a) => a.planId);
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  const areaById = new Map(areas.map((a) => [a.id, a]));

  return {
    period,
    previous,
    plans: active.map((plan) => {
      const counts = countsByPlan.get(plan.id) ?? emptyCounts();
      const planGoals = goalsByPlan.get(plan.id) ?? [];
      const changes: Record<StatusChange, number> = { improved: 0, worsened: 0, unchanged: 0, unknown: 0 };
      for (const goal of planGoals) {
        changes[
          statusChange(before.get(goal.id) ?? 'not-reported', statuses.get(goal.id) ?? 'not-reported')
        ]++;
      }
      const attention = planGoals
        .filter((g) => statuses.get(g.id) === 'off-track' || statuses.get(g.id) === 'at-risk')
        .map((goal) => {
          const report = lead.get(goal.id)!;
          return {
            goal,
            area: areaById.get(goal.focusAreaId),
            status: report.status,
            report,
            department: departmentById.get(report.departmentId),
            change: statusChange(before.get(goal.id) ?? 'not-reported', report.status),
            contributions: (contributions.get(goal.id) ?? []).map((c) => ({
              report: c,
              department: departmentById.get(c.departmentId),
            })),
          };
        })
        .sort((a, b) =>
          a.status === b.status ? a.goal.order - b.goal.order : a.status === 'off-track' ? -1 : 1,
        );
      return {
        plan,
        counts,
        rows: GOAL_STATUSES.map((status) => ({ status, count: counts[status] })),
        completeness: completeness(expectedByPlan.get(plan.id) ?? [], pairs),
        completenessByPart: completenessByPart(expectedByPlan.get(plan.id) ?? [], pairs),
        areas: [...(areasByPlan.get(plan.id) ?? [])]
          .sort((a, b) => a.order - b.order)
          .map((area) => ({ area, counts: countsByArea.get(area.id) ?? emptyCounts() })),
        attention,
        changes,
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

/** The period just before `period` in time order, if any. */
export function previousPeriod(periods: readonly Period[], period: Period): Period | null {
  const ordered = [...periods].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn),
  );
  const index = ordered.findIndex((p) => p.id === period.id);
  return index > 0 ? ordered[index - 1] : null;
}
