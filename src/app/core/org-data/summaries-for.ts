import { computed, inject, Signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { Id, Period } from '../../domain/model';
import { PeriodFacts, factsFromSummaries } from '../../domain/plan-summary';
import { loadFor } from './load-for';
import { orgDataFeature } from './org-data.feature';
import { summariesOf } from './record-queries';

export interface SummaryFacts {
  /** Whether the summaries of every period asked for have arrived. */
  ready: Signal<boolean>;
  /** A period's facts from its plans' summaries. */
  factsOf(periodId: Id): PeriodFacts;
}

/**
 * For a dashboard (call in its constructor): asks for the plans' summaries of the periods it shows
 * and gives their facts, so that it reads one document per plan and period instead of every report.
 */
export function summariesFor(
  periods: () => readonly (Pick<Period, 'id'> | null | undefined)[],
): SummaryFacts {
  const store = inject(Store);
  const summaries = store.selectSignal(orgDataFeature.selectAllSummaries);
  const ids = computed(() => periods().flatMap((p) => (p ? [p.id] : [])), {
    equal: (a, b) => a.join() === b.join(),
  });
  // Released like every other query when the page is left.
  const loading = loadFor(() => summariesOf(ids()));
  const byPeriod = computed(() => {
    const all = summaries();
    return new Map(ids().map((id) => [id, factsFromSummaries(id, all)]));
  });
  return {
    ready: loading.ready,
    factsOf: (periodId) => byPeriod().get(periodId) ?? factsFromSummaries(periodId, []),
  };
}
