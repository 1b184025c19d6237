import { ComponentFixture } from '@angular/core/testing';
import { Store } from '@ngrx/store';
import { OrgDataApiActions } from '../core/org-data/org-data.actions';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { RecordQuery } from '../core/org-data/record-queries';
import { DemoSeed } from '../data-access/local/demo-seed';
import { summariesOf } from '../domain/plan-summary';

/** The status line a page shows while what it asked for is on its way. */
export function loadingText(fixture: ComponentFixture<unknown>): string | undefined {
  return (fixture.nativeElement as HTMLElement).querySelector('[role=status]')?.textContent?.trim();
}

/** What the page has asked the store for, by kind (summaries included). */
export function askedQueries(store: Store): RecordQuery[] {
  return store.selectSignal(orgDataFeature.selectQueries)();
}

/**
 * Answers everything the page asked for from the demo seed, as the backend would: the records of
 * each query, and the plans' summaries of each period asked for (computed from the seed's reports).
 */
export function answerAll(store: Store, seed: DemoSeed, deliver: (...queries: RecordQuery[]) => void): void {
  const asked = askedQueries(store);
  const records = asked.filter((q) => q.kind !== 'summaries');
  if (records.length > 0) deliver(...records);
  const periodIds = asked.flatMap((q) => (q.kind === 'summaries' ? [q.periodId] : []));
  if (periodIds.length > 0) {
    const reports = seed.reports.filter((r) => periodIds.includes(r.periodId));
    store.dispatch(
      OrgDataApiActions.summariesLoaded({
        periodIds,
        summaries: summariesOf('org', reports, '2026-11-30T08:00:00.000Z'),
      }),
    );
  }
}
