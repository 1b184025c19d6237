import { effect, EffectRef, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { Id, Period } from '../../domain/model';
import { OrgDataPageActions } from './org-data.actions';
import { orgDataFeature } from './org-data.feature';
import { selectRecentPeriodIds } from './org-data.selectors';

/**
 * For a page that shows reports (call in its constructor): reports are read only once a page asks,
 * the recent periods' by default; when it shows a period whose reports are not loaded, every
 * period's. `periods` may be empty (the recent ones are enough).
 */
export function loadReportsFor(
  periods: () => readonly (Pick<Period, 'id'> | Id | null | undefined)[] = () => [],
): EffectRef {
  const store = inject(Store);
  const recent = store.selectSignal(selectRecentPeriodIds);
  const scope = store.selectSignal(orgDataFeature.selectReportScope);
  const loadedPeriods = store.selectSignal(orgDataFeature.selectLoaded);
  return effect(() => {
    if (scope() === 'none') untracked(() => store.dispatch(OrgDataPageActions.reportsNeeded()));
    if (scope() === 'all' || !loadedPeriods().periods) return;
    const ids = periods()
      .map((p) => (typeof p === 'string' ? p : p?.id))
      .filter((id): id is Id => !!id);
    if (ids.some((id) => !recent().includes(id))) {
      untracked(() => store.dispatch(OrgDataPageActions.reportHistoryNeeded()));
    }
  });
}
