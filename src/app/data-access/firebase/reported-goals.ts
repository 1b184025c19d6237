import { Id, Report } from '../../domain/model';

/**
 * That a goal has reports, as Firestore keeps it: `orgs/{orgId}/reportedGoals/{goalId}`, holding
 * only `goalId`. Written in the same commit as a goal's first report (HeldWritesStore; the rules
 * require it there) and by an import. The rules cannot count a goal's reports, so they refuse to
 * remove a goal whose marker exists, as the write engine refuses to remove a goal with reports.
 * Never removed: reports are never removed either.
 */
export interface ReportedGoal {
  goalId: Id;
}

export function reportedGoalPath(orgId: Id, goalId: Id): string {
  return `orgs/${orgId}/reportedGoals/${goalId}`;
}

/** The markers of every goal `reports` are about (an import writes them after the reports). */
export function reportedGoalsOf(
  orgId: Id,
  reports: readonly Pick<Report, 'goalId'>[],
): [string, ReportedGoal][] {
  return [...new Set(reports.map((r) => r.goalId))].map((goalId) => [
    reportedGoalPath(orgId, goalId),
    { goalId },
  ]);
}
