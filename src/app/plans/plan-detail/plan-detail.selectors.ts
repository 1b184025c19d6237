import { createSelector, MemoizedSelector } from '@ngrx/store';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import {
  selectCurrentPeriod,
  selectDepartmentsById,
  selectPeriodsInOrder,
} from '../../core/org-data/org-data.selectors';
import {
  indicatorProgress,
  latestIndicatorValues,
  OfficialValue,
  officialValue,
} from '../../domain/indicator';
import {
  Activity,
  FocusArea,
  Goal,
  GoalStatus,
  Id,
  Indicator,
  Measurement,
  Plan,
  Report,
  Period,
} from '../../domain/model';
import { contributionsByGoal, goalStatuses, isReported } from '../../domain/status';
import { contributionItem, ContributionItem } from '../../shared/ui/contribution-list';

export interface IndicatorRow {
  indicator: Indicator;
  /** The official value: the latest reported total, or Kolada's latest when that is the official series. */
  latest: number | null;
  official: OfficialValue;
  /** Progress towards the target, 0–1 (DOMAIN.md rule), or null without a value. */
  progress: number | null;
  /** Where the reported value comes from: the lead department's report of a period (null: none). */
  reportedIn: { department: string; period: Period } | null;
  /** Values from outside sources (Kolada), latest year first. */
  measurements: Measurement[];
}
export interface ActivityRow {
  activity: Activity;
  departmentName: string;
  /** The status its department reported in the current period (not reported without one). */
  status: GoalStatus;
}
export interface GoalRow {
  goal: Goal;
  /** Set by the lead department's report in the current period. */
  status: GoalStatus;
  /** The contributing departments' reports of the current period, shown under the goal. */
  contributions: ContributionItem[];
  leadName: string;
  contributingNames: string[];
  indicators: IndicatorRow[];
  activities: ActivityRow[];
  /** Whether reports were written on it (then it cannot be deleted, only moved). */
  hasReports: boolean;
}
export interface AreaRow {
  area: FocusArea;
  goals: GoalRow[];
}
export interface PlanDetail {
  plan: Plan;
  areas: AreaRow[];
  period: Period | null;
}

/** What a plan is built of, in one input (a selector takes at most eight). */
const selectPlanning = createSelector(
  orgDataFeature.selectAllFocusAreas,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllIndicators,
  orgDataFeature.selectAllActivities,
  orgDataFeature.selectAllMeasurements,
  (areas, goals, indicators, activities, measurements) => ({
    areas,
    goals,
    indicators,
    activities,
    measurements,
  }),
);

const cache = new Map<Id, MemoizedSelector<object, PlanDetail | null>>();

/** One plan as a tree: focus areas, goals with status, indicators with progress, activities. */
export function selectPlanDetail(planId: Id): MemoizedSelector<object, PlanDetail | null> {
  let selector = cache.get(planId);
  if (!selector) {
    selector = createSelector(
      orgDataFeature.selectAllPlans,
      selectPlanning,
      orgDataFeature.selectAllReports,
      selectPeriodsInOrder,
      selectCurrentPeriod,
      selectDepartmentsById,
      (
        plans,
        { areas, goals, indicators, activities, measurements },
        reports,
        periods,
        period,
        departments,
      ): PlanDetail | null => {
        const plan = plans.find((p) => p.id === planId);
        if (!plan) return null;
        const planReports = reports.filter((r) => r.planId === planId);
        const statuses = period ? goalStatuses(period.id, planReports) : new Map<Id, GoalStatus>();
        const contributions = period ? contributionsByGoal(period.id, planReports) : new Map();
        const latest = latestIndicatorValues(planReports, periods);
        const activityStatus = new Map<Id, GoalStatus>();
        for (const report of planReports) {
          if (report.subjectType === 'activity' && report.periodId === period?.id && isReported(report)) {
            activityStatus.set(report.subjectId, report.status);
          }
        }
        const reported = new Set(planReports.map((r) => r.goalId));
        const name = (id: Id) => departments.get(id)?.name ?? '';
        const goalRow = (goal: Goal): GoalRow => ({
          goal,
          status: statuses.get(goal.id) ?? 'not-reported',
          contributions: (contributions.get(goal.id) ?? []).map((r: Report) =>
            contributionItem(r, name(r.departmentId) || r.departmentId),
          ),
          leadName: name(goal.leadDepartmentId),
          contributingNames: goal.contributingDepartmentIds.map(name),
          indicators: indicators
            .filter((i) => i.goalId === goal.id)
            .map((indicator) => {
              const official = officialValue(
                indicator,
                latest.get(indicator.id)?.total ?? null,
                measurements,
              );
              const value = official.value;
              const reportedValue = latest.get(indicator.id);
              const reportedPeriod = reportedValue && periods.find((p) => p.id === reportedValue.periodId);
              return {
                indicator,
                latest: value,
                official,
                reportedIn: reportedPeriod
                  ? { department: name(reportedValue.departmentId), period: reportedPeriod }
                  : null,
                progress: indicatorProgress(
                  indicator.baselineValue,
                  indicator.targetValue,
                  value,
                  indicator.direction,
                ),
                measurements: measurements
                  .filter((m) => m.indicatorId === indicator.id)
                  .sort((a, b) => b.year - a.year),
              };
            }),
          activities: activities
            .filter((a) => a.goalId === goal.id)
            .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
            .map((activity) => ({
              activity,
              departmentName: name(activity.responsibleDepartmentId),
              status: activityStatus.get(activity.id) ?? 'not-reported',
            })),
          hasReports: reported.has(goal.id),
        });
        return {
          plan,
          period: period ?? null,
          areas: areas
            .filter((a) => a.planId === planId)
            .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'sv'))
            .map((area) => ({
              area,
              goals: goals
                .filter((g) => g.focusAreaId === area.id)
                .sort((a, b) => a.order - b.order)
                .map(goalRow),
            })),
        };
      },
    );
    cache.set(planId, selector);
  }
  return selector;
}
