import { computed, DestroyRef, effect, inject, Signal, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { OrgDataPageActions } from './org-data.actions';
import { orgDataFeature } from './org-data.feature';
import { isLoaded, ReportQuery, sameQueries, withQueries } from './report-queries';

export interface ReportsFor {
  /** Whether the reports the page asked for have arrived (false while it cannot say yet). */
  ready: Signal<boolean>;
}

/**
 * For a page that shows reports (call in its constructor): asks for the reports it shows — one
 * plan's of a period, a department's, a goal's — so that the reports read follow the page, not the
 * size of the organisation. `queries` gives null while the page cannot yet say (its plan or period
 * has not arrived). When the page is left, or asks for others, it releases what it asked; the
 * store keeps the few most recently left watched, so coming back to them is instant.
 */
export function loadReportsFor(queries: () => readonly ReportQuery[] | null): ReportsFor {
  const store = inject(Store);
  const wanted = store.selectSignal(orgDataFeature.selectReportQueries);
  const loaded = store.selectSignal(orgDataFeature.selectReportQueriesLoaded);
  const asked = computed(queries, { equal: sameQueries });
  /** What this page has asked for and not yet released. */
  let held: readonly ReportQuery[] = [];
  const release = () => {
    if (held.length > 0) store.dispatch(OrgDataPageActions.reportsReleased({ queries: [...held] }));
    held = [];
  };
  effect(() => {
    const mine = asked() ?? [];
    const watched = wanted();
    untracked(() => {
      if (!sameQueries(mine, held)) {
        release();
        held = mine;
        if (mine.length > 0) store.dispatch(OrgDataPageActions.reportsNeeded({ queries: [...mine] }));
      } else if (withQueries(watched, mine)) {
        // The store has forgotten what was asked (a sign-out and in): ask again.
        store.dispatch(OrgDataPageActions.reportsNeeded({ queries: [...mine] }));
      }
    });
  });
  inject(DestroyRef).onDestroy(release);
  return {
    ready: computed(() => {
      const mine = asked();
      return !!mine && mine.every((query) => isLoaded(query, loaded()));
    }),
  };
}
