import { createSelector } from '@ngrx/store';
import { groupBy } from '../../domain/group-by';
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
 * Reports grouped by period, built once per change of the reports: a dashboard then reads only
 * the periods it shows (a region has 100 000 reports over 12 periods).
 */
export const selectReportsByPeriod = createSelector(orgDataFeature.selectAllReports, (reports) =>
  groupBy(reports, (r) => r.periodId),
);

/**
 * The periods whose reports are loaded by default: every open period, the period dashboards show
 * first, and the one before each (for "change since last period" and copying forward).
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
