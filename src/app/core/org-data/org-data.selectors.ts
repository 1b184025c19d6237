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
