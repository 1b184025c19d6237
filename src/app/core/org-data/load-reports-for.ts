import { computed, effect, inject, Signal, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { OrgDataPageActions } from './org-data.actions';
import { orgDataFeature } from './org-data.feature';
import { isLoaded, ReportQuery, reportQueryKey, withQueries } from './report-queries';

export interface ReportsFor {
  /** Whether the reports the page asked for have arrived (false while it cannot say yet). */
  ready: Signal<boolean>;
}

/**
 * For a page that shows reports (call in its constructor): asks for the reports it shows — one
 * plan's of a period, a department's, a goal's — so that the reports read follow the page, not the
 * size of the organisation. `queries` gives null while the page cannot yet say (its plan or period
 * has not arrived). Asked-for reports stay watched for the session, so coming back is instant.
 */
export function loadReportsFor(queries: () => readonly ReportQuery[] | null): ReportsFor {
  const store = inject(Store);
  const wanted = store.selectSignal(orgDataFeature.selectReportQueries);
  const loaded = store.selectSignal(orgDataFeature.selectReportQueriesLoaded);
  const asked = computed(queries, { equal: (a, b) => keys(a) === keys(b) });
  // Asks again after a sign-out and in, when the store has forgotten what was wanted.
  effect(() => {
    const mine = asked();
    if (mine && withQueries(wanted(), mine)) {
      untracked(() => store.dispatch(OrgDataPageActions.reportsNeeded({ queries: [...mine] })));
    }
  });
  return {
    ready: computed(() => {
      const mine = asked();
      return !!mine && mine.every((query) => isLoaded(query, loaded()));
    }),
  };
}

function keys(queries: readonly ReportQuery[] | null): string | null {
  return queries && queries.map(reportQueryKey).join('|');
}
