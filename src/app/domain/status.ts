import { Department, GOAL_STATUSES, Goal, GoalStatus, Id, Period, Plan, Report, ReportState } from './model';

/** Reports in these states count as reported; drafts and returned reports do not. */
export const REPORTED_STATES: readonly ReportState[] = ['submitted', 'approved'];

export function isReported(report: Pick<Report, 'state'>): boolean {
  return report.state === 'submitted' || report.state === 'approved';
}

/** When a report was last put forward: its submission, or its last change if never submitted. */
function reportedAt(report: Report): string {
  return report.submittedAt ?? report.updatedAt;
}

/**
 * A goal's status for a period is the status of its latest submitted or approved goal report
 * in that period; without one the goal is "not reported".
 */
export function goalStatus(goalId: Id, periodId: Id, reports: readonly Report[]): GoalStatus {
  return goalStatuses(periodId, reports).get(goalId) ?? 'not-reported';
}

/**
 * The report that sets each goal's status in a period: its latest submitted or approved goal report.
 */
export function latestGoalReports(periodId: Id, reports: readonly Report[]): Map<Id, Report> {
  const latest = new Map<Id, Report>();
  for (const report of reports) {
    if (report.periodId !== periodId || report.subjectType !== 'goal' || !isReported(report)) continue;
    const current = latest.get(report.goalId);
    if (!current || reportedAt(report) > reportedAt(current)) latest.set(report.goalId, report);
  }
  return latest;
}

/**
 * Every reported goal's status for one period in one pass over the reports
 * (goals missing from the map are "not reported").
 */
export function goalStatuses(periodId: Id, reports: readonly Report[]): Map<Id, GoalStatus> {
  const statuses = new Map<Id, GoalStatus>();
  for (const [goalId, report] of latestGoalReports(periodId, reports)) statuses.set(goalId, report.status);
  return statuses;
}

export type StatusCounts = Record<GoalStatus, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function totalOf(counts: StatusCounts): number {
  return GOAL_STATUSES.reduce((sum, status) => sum + counts[status], 0);
}

/**
 * Counts goal statuses grouped by a key of the goal (plan, focus area, departments …).
 * A goal with several keys (lead and contributing departments) counts once under each.
 */
export function rollUp(
  goals: readonly Goal[],
  statuses: ReadonlyMap<Id, GoalStatus>,
  keysOf: (goal: Goal) => Id | readonly Id[],
): Map<Id, StatusCounts> {
  const groups = new Map<Id, StatusCounts>();
  for (const goal of goals) {
    const status = statuses.get(goal.id) ?? 'not-reported';
    const keys = keysOf(goal);
    // One key (plan, focus area) needs no de-duplication; that is the common, hot case.
    for (const key of typeof keys === 'string' ? [keys] : new Set(keys)) {
      let counts = groups.get(key);
      if (!counts) groups.set(key, (counts = emptyCounts()));
      counts[status]++;
    }
  }
  return groups;
}

export const byPlan = (goal: Goal): Id => goal.planId;
export const byFocusArea = (goal: Goal): Id => goal.focusAreaId;
export const byDepartment = (goal: Goal): readonly Id[] => responsibleDepartments(goal);

/** The departments expected to report on a goal: the lead and every contributing department. */
export function responsibleDepartments(goal: Goal): Id[] {
  if (goal.contributingDepartmentIds.length === 0) return [goal.leadDepartmentId];
  return [...new Set([goal.leadDepartmentId, ...goal.contributingDepartmentIds])];
}

/** A plan is followed up in a period when it is adopted (or since archived) and valid that year. */
export function planIsActiveIn(plan: Plan, period: Period): boolean {
  return plan.status !== 'draft' && plan.validFrom <= period.year && period.year <= plan.validTo;
}

export interface ExpectedReport {
  goalId: Id;
  departmentId: Id;
}

/** One goal report is expected per goal and responsible (active) department of every active plan. */
export function expectedReports(
  goals: readonly Goal[],
  plans: readonly Plan[],
  departments: readonly Department[],
  period: Period,
): ExpectedReport[] {
  const activePlans = new Set(plans.filter((p) => planIsActiveIn(p, period)).map((p) => p.id));
  const activeDepartments = new Set(departments.filter((d) => d.active).map((d) => d.id));
  const expected: ExpectedReport[] = [];
  for (const goal of goals) {
    if (!activePlans.has(goal.planId)) continue;
    for (const departmentId of responsibleDepartments(goal)) {
      if (activeDepartments.has(departmentId)) expected.push({ goalId: goal.id, departmentId });
    }
  }
  return expected;
}

export interface Completeness {
  expected: number;
  reported: number;
  /** reported ÷ expected, or `null` when nothing is expected. */
  ratio: number | null;
}

/** Goal → departments that reported on it (no string keys to build: a region has many). */
export type ReportedPairs = ReadonlyMap<Id, ReadonlySet<Id>>;

const isPair = (pairs: ReportedPairs, goalId: Id, departmentId: Id) =>
  pairs.get(goalId)?.has(departmentId) ?? false;

/** The goal–department pairs reported in a period; compute once and pass to the functions below. */
export function reportedPairs(periodId: Id, reports: readonly Report[]): ReportedPairs {
  const pairs = new Map<Id, Set<Id>>();
  for (const r of reports) {
    if (r.periodId === periodId && r.subjectType === 'goal' && isReported(r)) {
      const departments = pairs.get(r.goalId);
      if (departments) departments.add(r.departmentId);
      else pairs.set(r.goalId, new Set([r.departmentId]));
    }
  }
  return pairs;
}

function completenessOf(expected: number, reported: number): Completeness {
  return { expected, reported, ratio: expected === 0 ? null : reported / expected };
}

/**
 * Reporting completeness = reports submitted or approved ÷ reports expected. `pairs` says who has
 * reported on what: `reportedPairs` of the period's reports, or the summaries' (`factsFromSummaries`).
 */
export function completeness(expected: readonly ExpectedReport[], pairs: ReportedPairs): Completeness {
  const reported = expected.filter((e) => isPair(pairs, e.goalId, e.departmentId)).length;
  return completenessOf(expected.length, reported);
}

/** Completeness per department, for "which departments have not reported". */
export function completenessByDepartment(
  expected: readonly ExpectedReport[],
  pairs: ReportedPairs,
): Map<Id, Completeness> {
  const tally = new Map<Id, { expected: number; reported: number }>();
  for (const e of expected) {
    const t = tally.get(e.departmentId) ?? { expected: 0, reported: 0 };
    t.expected++;
    if (isPair(pairs, e.goalId, e.departmentId)) t.reported++;
    tally.set(e.departmentId, t);
  }
  return new Map([...tally].map(([id, t]) => [id, completenessOf(t.expected, t.reported)]));
}

export type StatusChange = 'improved' | 'worsened' | 'unchanged' | 'unknown';

const RANK: Partial<Record<GoalStatus, number>> = {
  'off-track': 0,
  'at-risk': 1,
  'on-track': 2,
  completed: 3,
};

/** Whether a goal moved up or down the traffic light since the previous period. */
export function statusChange(previous: GoalStatus, current: GoalStatus): StatusChange {
  const before = RANK[previous];
  const now = RANK[current];
  if (before === undefined || now === undefined) return 'unknown';
  if (now > before) return 'improved';
  if (now < before) return 'worsened';
  return 'unchanged';
}
