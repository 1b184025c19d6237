import { createSelector } from '@ngrx/store';
import { Department, Goal, Period, Plan, Report } from '../../domain/model';
import { completenessByDepartment, expectedReports } from '../../domain/status';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { selectDepartmentsById, selectOpenPeriod } from '../../core/org-data/org-data.selectors';

export interface ReviewItem {
  report: Report;
  /** The goal's or the activity's title. */
  title: string;
  /** Where the report opens. */
  link: string[];
  goal: Goal | undefined;
  plan: Plan | undefined;
  department: Department | undefined;
}

/** Submitted goal reports of the open period, oldest submission first. */
export const selectReviewQueue = createSelector(
  selectOpenPeriod,
  orgDataFeature.selectAllReports,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllActivities,
  orgDataFeature.selectAllPlans,
  selectDepartmentsById,
  (
    period,
    reports,
    goals,
    activities,
    plans,
    departments,
  ): { period: Period | null; items: ReviewItem[] } => {
    if (!period) return { period, items: [] };
    const goalById = new Map(goals.map((g) => [g.id, g]));
    const planById = new Map(plans.map((p) => [p.id, p]));
    const activityById = new Map(activities.map((a) => [a.id, a]));
    const items = reports
      .filter((r) => r.periodId === period.id && r.state === 'submitted')
      .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
      .map((report) => ({
        report,
        title:
          report.subjectType === 'activity'
            ? (activityById.get(report.subjectId)?.title ?? '')
            : (goalById.get(report.goalId)?.title ?? ''),
        link:
          report.subjectType === 'activity'
            ? ['/reporting', report.periodId, 'activity', report.subjectId, report.departmentId]
            : ['/reporting', report.periodId, report.goalId, report.departmentId],
        goal: goalById.get(report.goalId),
        plan: planById.get(report.planId),
        department: departments.get(report.departmentId),
      }));
    return { period, items };
  },
);

/** Departments with expected reports still missing in the open period, most missing first. */
export const selectMissingByDepartment = createSelector(
  selectOpenPeriod,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllPlans,
  orgDataFeature.selectAllDepartments,
  orgDataFeature.selectAllReports,
  (period, goals, plans, departments, reports) => {
    if (!period) return [];
    const expected = expectedReports(goals, plans, departments, period);
    const byDepartment = completenessByDepartment(expected, period.id, reports);
    return departments
      .map((department) => ({ department, completeness: byDepartment.get(department.id) }))
      .filter((d) => d.completeness && d.completeness.reported < d.completeness.expected)
      .map((d) => ({
        department: d.department,
        missing: d.completeness!.expected - d.completeness!.reported,
        expected: d.completeness!.expected,
      }))
      .sort((a, b) => b.missing - a.missing || a.department.name.localeCompare(b.department.name, 'sv'));
  },
);
