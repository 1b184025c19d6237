import { Id, Report } from '../../domain/model';
import { PlanSummary, summarisePlan, summariesTouched, summaryId } from '../../domain/plan-summary';

/**
 * What the server's summary refresh needs of Firestore (the Cloud Function adapts the Admin SDK
 * to it in a few lines; the tests use an in-memory one).
 */
export interface SummaryDb {
  /** Runs `work` in one transaction, retried from the start when another one interferes. */
  transaction<T>(work: (tx: SummaryTransaction) => Promise<T>): Promise<T>;
}

export interface SummaryTransaction {
  summary(orgId: Id, id: Id): Promise<PlanSummary | null>;
  /** Every report of a plan in a period (all states: the summary leaves drafts out itself). */
  reports(orgId: Id, planId: Id, periodId: Id): Promise<Report[]>;
  setSummary(summary: PlanSummary): void;
}

export type RefreshOutcome = 'refreshed' | 'already-current';

/**
 * Recomputes the summaries a change of one report touches. Each is computed from every report of
 * its plan and period inside one transaction, so two reports submitted at once cannot leave a
 * summary without one of them. A summary computed after the change was committed already holds
 * it: the refresh is skipped then, which keeps an import of 100 000 reports from recomputing each
 * plan's summary once per report (triggers may also arrive late, twice or out of order).
 *
 * `changedAt` is when the change was committed (the event's time); `margin` allows for the
 * difference between that clock and the function's.
 */
export async function refreshSummaries(
  db: SummaryDb,
  orgId: Id,
  before: Report | null,
  after: Report | null,
  changedAt: Date,
  now: () => Date = () => new Date(),
  margin = 2000,
): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  for (const { planId, periodId } of summariesTouched(before, after)) {
    outcomes.push(
      await db.transaction(async (tx) => {
        const startedAt = now();
        const current = await tx.summary(orgId, summaryId(planId, periodId));
        if (current && Date.parse(current.computedAt) > changedAt.getTime() + margin)
          return 'already-current';
        const reports = await tx.reports(orgId, planId, periodId);
        tx.setSummary(summarisePlan(orgId, planId, periodId, reports, startedAt.toISOString()));
        return 'refreshed';
      }),
    );
  }
  return outcomes;
}
