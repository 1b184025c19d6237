import { Goal, Id } from '../../domain/model';
import { GoalOutline, outlinePlan, outlinesTouched } from '../../domain/goal-outline';
import { RefreshOutcome } from './summary-refresh';

/** What the server's outline refresh needs of Firestore (an Admin SDK adapter; in-memory in tests). */
export interface OutlineDb {
  /** Runs `work` in one transaction, retried from the start when another one interferes. */
  transaction<T>(work: (tx: OutlineTransaction) => Promise<T>): Promise<T>;
}

export interface OutlineTransaction {
  /** The plan's outline parts as stored now. */
  parts(orgId: Id, planId: Id): Promise<GoalOutline[]>;
  /** Every goal of the plan, with its times as ISO strings. */
  goals(orgId: Id, planId: Id): Promise<Goal[]>;
  setPart(part: GoalOutline): void;
  removePart(orgId: Id, id: Id): void;
}

/**
 * Recomputes the outlines a change of one goal touches, each from every goal of its plan in one
 * transaction (so two goals saved at once cannot leave an outline without one of them). Parts the
 * plan no longer needs are removed. An outline computed after the change was committed already
 * holds it and is left as it is, so a goal import does not recompute the plan once per goal.
 */
export async function refreshOutlines(
  db: OutlineDb,
  orgId: Id,
  before: Goal | null,
  after: Goal | null,
  changedAt: Date,
  now: () => Date = () => new Date(),
  margin = 2000,
): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  for (const planId of outlinesTouched(before, after)) {
    outcomes.push(
      await db.transaction(async (tx) => {
        const startedAt = now();
        const stored = await tx.parts(orgId, planId);
        const computed = stored.map((p) => Date.parse(p.computedAt));
        if (computed.length > 0 && Math.min(...computed) > changedAt.getTime() + margin)
          return 'already-current';
        const parts = outlinePlan(orgId, planId, await tx.goals(orgId, planId), startedAt.toISOString());
        for (const part of parts) tx.setPart(part);
        for (const old of stored) {
          if (!parts.some((p) => p.id === old.id)) tx.removePart(orgId, old.id);
        }
        return 'refreshed';
      }),
    );
  }
  return outcomes;
}
