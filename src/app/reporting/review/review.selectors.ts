import { createSelector } from '@ngrx/store';
import { gapInPercentagePoints, genderGap } from '../../domain/indicator';
import { Department, Goal, Indicator, IndicatorValue, Period, Plan, Report } from '../../domain/model';
import { factsFromSummaries } from '../../domain/plan-summary';
import { completenessByDepartment, expectedReports } from '../../domain/status';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { RecordQuery } from '../../core/org-data/record-queries';
import { periodsKey, selectDepartmentsById, selectOpenPeriods } from '../../core/org-data/org-data.selectors';
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
  /** The report's period (several can be open at once). */
  period: Period | undefined;
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

/** The loaded page of the open periods' submitted reports, oldest submission first. */
export const selectReviewQueue = createSelector(
  selectOpenPeriods,
  reviewFeature.selectQueue,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllActivities,
  orgDataFeature.selectAllPlans,
  selectDepartmentsById,
  orgDataFeature.selectIndicators,
  (
    periods,
    reports,
    goals,
    activities,
    plans,
    departments,
    indicators,
  ): { periods: Period[]; items: ReviewItem[] } => {
    const periodById = new Map(periods.map((p) => [p.id, p]));
    const goalById = new Map(goals.map((g) => [g.id, g]));
    const planById = new Map(plans.map((p) => [p.id, p]));
    const activityById = new Map(activities.map((a) => [a.id, a]));
    const items = reports
      .filter((r) => periodById.has(r.periodId) && r.state === 'submitted')
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
        period: periodById.get(report.periodId),
        values: report.indicatorValues.flatMap((value) => {
          const indicator = indicators.entities[value.indicatorId] as Indicator | undefined;
          if (!indicator) return [];
          const gap = indicator.genderDisaggregated ? genderGap(value.women, value.men) : null;
          return [{ indicator, value, gap, percentagePoints: gapInPercentagePoints(indicator.unit) }];
        }),
      }));
    return { periods, items };
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

/** Whether the queue of the open periods has arrived (with the structure the page joins). */
export const selectReviewReady = createSelector(
  orgDataFeature.selectStructureReady,
  selectOpenPeriods,
  reviewFeature.selectQueueFor,
  (ready, periods, queueFor) => ready && queueFor === periodsKey(periods),
);

/**
 * Departments with expected reports still missing in the open periods (added up over them), most
 * missing first (from the summaries).
 */
export const selectMissingByDepartment = createSelector(
  selectOpenPeriods,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllPlans,
  orgDataFeature.selectAllDepartments,
  orgDataFeature.selectAllSummaries,
  (periods, goals, plans, departments, summaries) => {
    const totals = new Map<string, { missing: number; expected: number }>();
    for (const period of periods) {
      const expected = expectedReports(goals, plans, departments, period);
      const { pairs } = factsFromSummaries(period.id, summaries);
      for (const [departmentId, c] of completenessByDepartment(expected, pairs)) {
        const total = totals.get(departmentId) ?? { missing: 0, expected: 0 };
        totals.set(departmentId, {
          missing: total.missing + c.expected - c.reported,
          expected: total.expected + c.expected,
        });
      }
    }
    return departments
      .map((department) => ({ department, total: totals.get(department.id) }))
      .filter((d) => d.total && d.total.missing > 0)
      .map((d) => ({ department: d.department, missing: d.total!.missing, expected: d.total!.expected }))
      .sort((a, b) => b.missing - a.missing || a.department.name.localeCompare(b.department.name, 'sv'));
  },
);
