import { createSelector } from '@ngrx/store';
import { gapInPercentagePoints, genderGap } from '../../domain/indicator';
import { Department, Goal, Indicator, IndicatorValue, Period, Plan, Report } from '../../domain/model';
import { factsFromSummaries } from '../../domain/plan-summary';
import { completenessByDepartment, expectedReports } from '../../domain/status';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { RecordQuery } from '../../core/org-data/record-queries';
import { selectDepartmentsById, selectOpenPeriod } from '../../core/org-data/org-data.selectors';
import { reviewFeature } from './review.feature';

export interface ReviewItem {
  report: Report;
  /** The goal's or the activity's title. */
  title: string;
  /** Where the report opens. */
  link: string[];
  goal: Goal | undefined;
  plan: Plan | undefined;
  department: Department | undefined;
  /** The report's indicator values with their indicator, for the card's table. */
  values: ReviewValue[];
}

export interface ReviewValue {
  indicator: Indicator;
  value: IndicatorValue;
  /** Women − men where both are given (between two percentages, in percentage points). */
  gap: number | null;
  percentagePoints: boolean;
}

/** The loaded page of the open period's submitted reports, oldest submission first. */
export const selectReviewQueue = createSelector(
  selectOpenPeriod,
  reviewFeature.selectQueue,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllActivities,
  orgDataFeature.selectAllPlans,
  selectDepartmentsById,
  orgDataFeature.selectIndicators,
  (
    period,
    reports,
    goals,
    activities,
    plans,
    departments,
    indicators,
  ): { period: Period | null; items: ReviewItem[] } => {
    if (!period) return { period, items: [] };
    const goalById = new Map(goals.map((g) => [g.id, g]));
    const planById = new Map(plans.map((p) => [p.id, p]));
    const activityById = new Map(activities.map((a) => [a.id, a]));
    const items = reports
      .filter((r) => r.periodId === period.id && r.state === 'submitted')
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
        values: report.indicatorValues.flatMap((value) => {
          const indicator = indicators.entities[value.indicatorId] as Indicator | undefined;
          if (!indicator) return [];
          const gap = indicator.genderDisaggregated ? genderGap(value.women, value.men) : null;
          return [{ indicator, value, gap, percentagePoints: gapInPercentagePoints(indicator.unit) }];
        }),
      }));
    return { period, items };
  },
);

/**
 * What the queue's cards show beside the reports: the indicators of each goal reported on, and the
 * activities reported on (by their goal) — at most a page's worth, however large the organisation.
 */
export const selectQueueRecordQueries = createSelector(
  reviewFeature.selectQueue,
  (reports): RecordQuery[] => {
    const goalsOf = (type: Report['subjectType']) =>
      [...new Set(reports.filter((r) => r.subjectType === type).map((r) => r.goalId))].sort();
    return [
      ...goalsOf('goal').map((goalId): RecordQuery => ({ kind: 'indicators', goalId })),
      ...goalsOf('activity').map((goalId): RecordQuery => ({ kind: 'activities', goalId })),
    ];
  },
);

/** Whether the queue of the open period has arrived (with the structure the page joins). */
export const selectReviewReady = createSelector(
  orgDataFeature.selectStructureReady,
  selectOpenPeriod,
  reviewFeature.selectQueueFor,
  (ready, period, queueFor) => ready && queueFor !== undefined && queueFor === (period?.id ?? null),
);

/** Departments with expected reports still missing in the open period, most missing first (from the summaries). */
export const selectMissingByDepartment = createSelector(
  selectOpenPeriod,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllPlans,
  orgDataFeature.selectAllDepartments,
  orgDataFeature.selectAllSummaries,
  (period, goals, plans, departments, summaries) => {
    if (!period) return [];
    const expected = expectedReports(goals, plans, departments, period);
    const { pairs } = factsFromSummaries(period.id, summaries);
    const byDepartment = completenessByDepartment(expected, pairs);
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
