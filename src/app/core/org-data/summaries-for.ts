import { computed, effect, inject, Signal, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { Id, Period } from '../../domain/model';
import { PeriodFacts, factsFromSummaries } from '../../domain/plan-summary';
import { OrgDataPageActions } from './org-data.actions';
import { orgDataFeature } from './org-data.feature';

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
  const loadedFor = store.selectSignal(orgDataFeature.selectSummariesLoadedFor);
  const ids = computed(() => periods().flatMap((p) => (p ? [p.id] : [])), {
    equal: (a, b) => a.join() === b.join(),
  });
  effect(() => {
    const periodIds = ids();
    if (periodIds.length > 0)
      untracked(() => store.dispatch(OrgDataPageActions.summariesNeeded({ periodIds })));
  });
  const byPeriod = computed(() => {
    const all = summaries();
    return new Map(ids().map((id) => [id, factsFromSummaries(id, all)]));
  });
  return {
    ready: computed(() => ids().every((id) => loadedFor().includes(id))),
    factsOf: (periodId) => byPeriod().get(periodId) ?? factsFromSummaries(periodId, []),
  };
}
