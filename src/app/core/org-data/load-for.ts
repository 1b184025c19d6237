import { computed, DestroyRef, effect, inject, Signal, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { OrgDataPageActions } from './org-data.actions';
import { orgDataFeature } from './org-data.feature';
import { isLoaded, RecordQuery, ReportQuery, reportsWhere, sameQueries, withQueries } from './record-queries';

export interface Loading {
  /** Whether what the page asked for has arrived (false while it cannot say yet). */
  ready: Signal<boolean>;
}

/**
 * The one way a page (or the shell) says what it shows and learns when it is there; call it in the
 * constructor. It asks for the records it shows — one plan's reports of a period, a department's,
 * a plan's indicators, a period's summaries — so that what is read follows the pages shown, not the
 * size of the organisation. `queries` gives null while the page cannot yet say (its plan or period
 * has not arrived). When the page is left, or asks for others, it releases what it asked; the store
 * keeps the few most recently left watched, so coming back to them is instant.
 */
export function loadFor(queries: () => readonly RecordQuery[] | null): Loading {
  const store = inject(Store);
  const watched = store.selectSignal(orgDataFeature.selectQueries);
  const loaded = store.selectSignal(orgDataFeature.selectLoadedQueries);
  const asked = computed(queries, { equal: sameQueries });
  /** What this page has asked for and not yet released. */
  let held: readonly RecordQuery[] = [];
  const release = () => {
    if (held.length > 0) store.dispatch(OrgDataPageActions.recordsReleased({ queries: [...held] }));
    held = [];
  };
  effect(() => {
    const mine = asked() ?? [];
    const wanted = watched();
    untracked(() => {
      if (!sameQueries(mine, held)) {
        release();
        held = mine;
        if (mine.length > 0) store.dispatch(OrgDataPageActions.recordsNeeded({ queries: [...mine] }));
      } else if (withQueries(wanted, mine)) {
        // The store has forgotten what was asked (a sign-out and in): ask again.
        store.dispatch(OrgDataPageActions.recordsNeeded({ queries: [...mine] }));
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

/** `loadFor` for a page that names only report filters. */
export function loadReportsFor(queries: () => readonly ReportQuery[] | null): Loading {
  return loadFor(() => queries()?.map(reportsWhere) ?? null);
}
