import { createSelector } from '@ngrx/store';
import { Department, Id, Period } from '../../domain/model';
import { orgDataFeature } from './org-data.feature';

/** Periods in time order (by start, then end: Tertial 1 before Delår before Helår). */
export const selectPeriodsInOrder = createSelector(orgDataFeature.selectAllPeriods, (periods) =>
  [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn)),
);

/** The latest open period, if any. */
export const selectOpenPeriod = createSelector(
  selectPeriodsInOrder,
  (periods): Period | null => [...periods].reverse().find((p) => p.state === 'open') ?? null,
);

/** The period a dashboard shows first: the open one, else the latest closed one. */
export const selectCurrentPeriod = createSelector(
  selectPeriodsInOrder,
  selectOpenPeriod,
  (periods, open): Period | null => open ?? [...periods].reverse().find((p) => p.state === 'closed') ?? null,
);

export const selectDepartmentsById = createSelector(
  orgDataFeature.selectAllDepartments,
  (departments) => new Map<Id, Department>(departments.map((d) => [d.id, d])),
);

/**
 * The recent periods: every open period, the period dashboards show first, and the one before
 * each (a plan's page reads its reports of these).
 */
export const selectRecentPeriodIds = createSelector(
  selectPeriodsInOrder,
  selectCurrentPeriod,
  (periods, current) => {
    const ids = new Set<Id>();
    periods.forEach((period, index) => {
      if (period.state === 'open' || period.id === current?.id) {
        ids.add(period.id);
        if (index > 0) ids.add(periods[index - 1].id);
      }
    });
    return [...ids].sort();
  },
);

/** How many reports of the open period wait for a decision, from the plans' summaries. */
export const selectReviewTotal = createSelector(
  selectOpenPeriod,
  orgDataFeature.selectAllSummaries,
  (period, summaries) =>
    period
      ? summaries.filter((s) => s.periodId === period.id).reduce((sum, s) => sum + s.awaitingReview, 0)
      : 0,
);
