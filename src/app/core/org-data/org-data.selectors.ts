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

/** Periods as one key (their ids, comma-separated; '' for none): what a queue was loaded for. */
export function periodsKey(periods: readonly Period[]): string {
  return periods.map((p) => p.id).join(',');
}

/**
 * Every open period, the earliest deadline first: several can be open at once (the last period's
 * late and returned reports while the next one has begun), and each keeps its work on every page.
 */
export const selectOpenPeriods = createSelector(selectPeriodsInOrder, (periods): Period[] =>
  periods
    .filter((p) => p.state === 'open')
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.endsOn.localeCompare(b.endsOn)),
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

/** How many reports of the open periods wait for a decision, from the plans' summaries. */
export const selectReviewTotal = createSelector(
  selectOpenPeriods,
  orgDataFeature.selectAllSummaries,
  (periods, summaries) => {
    const open = new Set(periods.map((p) => p.id));
    return summaries.filter((s) => open.has(s.periodId)).reduce((sum, s) => sum + s.awaitingReview, 0);
  },
);
