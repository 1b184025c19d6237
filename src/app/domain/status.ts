import {
  Activity,
  Department,
  GOAL_STATUSES,
  Goal,
  GoalStatus,
  Id,
  Period,
  Plan,
  Report,
  ReportState,
  ReportsAs,
} from './model';

/** Reports in these states count as reported; drafts and returned reports do not. */
export const REPORTED_STATES: readonly ReportState[] = ['submitted', 'approved'];

export function isReported(report: Pick<Report, 'state'>): boolean {
  return report.state === 'submitted' || report.state === 'approved';
}

/**
 * The lead report of each goal in a period: the goal report its lead department submitted or had
 * approved. It alone sets the goal's status, progress and indicator values; contributions never
 * count. Only when a goal's lead changed during the period can there be two (each written while
 * its department led): the one submitted last, by the backend's clock, is the current lead's.
 */
export function leadReports(periodId: Id, reports: readonly Report[]): Map<Id, Report> {
  const lead = new Map<Id, Report>();
  for (const report of reports) {
    if (report.periodId !== periodId || !isLeadReport(report) || !isReported(report)) continue;
    const current = lead.get(report.goalId);
    if (!current || submittedLater(report, current)) lead.set(report.goalId, report);
  }
  return lead;
}

/** Whether a report is a goal's lead report (the one that may set the goal's figures). */
export function isLeadReport(report: Pick<Report, 'subjectType' | 'reportsAs'>): boolean {
  return report.subjectType === 'goal' && report.reportsAs === 'lead';
}

/** Whether a report is a contributing department's report on a goal. */
export function isContribution(report: Pick<Report, 'subjectType' | 'reportsAs'>): boolean {
  return report.subjectType === 'goal' && report.reportsAs === 'contributor';
}

function submittedLater(a: Report, b: Report): boolean {
  const at = a.submittedAt ?? '';
  const bt = b.submittedAt ?? '';
  return at > bt || (at === bt && a.id > b.id);
}

/**
 * The contributions to each goal in a period: the submitted or approved reports of its
 * contributing departments, in department order. Shown beside the goal, never in its figures.
 */
export function contributionsByGoal(periodId: Id, reports: readonly Report[]): Map<Id, Report[]> {
  const byGoal = new Map<Id, Report[]>();
  for (const report of reports) {
    if (report.periodId !== periodId || !isContribution(report) || !isReported(report)) continue;
    const list = byGoal.get(report.goalId);
    if (list) list.push(report);
    else byGoal.set(report.goalId, [report]);
  }
  for (const list of byGoal.values()) list.sort((a, b) => compare(a.departmentId, b.departmentId));
  return byGoal;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A goal's status for a period is the status of its lead department's submitted or approved
 * report in that period; without one the goal is "not reported", whatever contributors sent.
 */
export function goalStatus(goalId: Id, periodId: Id, reports: readonly Report[]): GoalStatus {
  return goalStatuses(periodId, reports).get(goalId) ?? 'not-reported';
}

/**
 * Every reported goal's status for one period in one pass over the reports
 * (goals missing from the map are "not reported").
 */
export function goalStatuses(periodId: Id, reports: readonly Report[]): Map<Id, GoalStatus> {
  const statuses = new Map<Id, GoalStatus>();
  for (const [goalId, report] of leadReports(periodId, reports)) statuses.set(goalId, report.status);
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
export function responsibleDepartments(
  goal: Pick<Goal, 'leadDepartmentId' | 'contributingDepartmentIds'>,
): Id[] {
  if (goal.contributingDepartmentIds.length === 0) return [goal.leadDepartmentId];
  return [...new Set([goal.leadDepartmentId, ...goal.contributingDepartmentIds])];
}

/** A goal's or an activity's departments: who may report on it. */
export type Subject =
  Pick<Goal, 'leadDepartmentId' | 'contributingDepartmentIds'> | Pick<Activity, 'responsibleDepartmentId'>;

/** The departments that carry a subject: a goal's lead and contributors, an activity's responsible. */
export function carriers(subject: Subject): Id[] {
  return 'responsibleDepartmentId' in subject
    ? [subject.responsibleDepartmentId]
    : responsibleDepartments(subject);
}

/** The part `departmentId` plays for a subject, or `null` when it does not carry it. */
export function reportsAsFor(subject: Subject, departmentId: Id): ReportsAs | null {
  if ('responsibleDepartmentId' in subject)
    return subject.responsibleDepartmentId === departmentId ? 'responsible' : null;
  if (subject.leadDepartmentId === departmentId) return 'lead';
  return subject.contributingDepartmentIds.includes(departmentId) ? 'contributor' : null;
}

/**
 * The part a report stored before reports said so plays, from its goal or activity as it is now
 * (the embedded database's upgrade, an import, the Firestore migration script). A report whose
 * department no longer carries its goal counts as a contribution: it never sets the figures.
 */
export function reportsAsOfStored(
  report: Pick<Report, 'subjectType' | 'subjectId' | 'departmentId'>,
  goals: ReadonlyMap<Id, Subject>,
  activities: ReadonlyMap<Id, Subject>,
): ReportsAs {
  const subject =
    report.subjectType === 'activity' ? activities.get(report.subjectId) : goals.get(report.subjectId);
  const part = subject ? reportsAsFor(subject, report.departmentId) : null;
  return part ?? (report.subjectType === 'activity' ? 'responsible' : 'contributor');
}

/** A plan is followed up in a period when it is adopted (or since archived) and valid that year. */
export function planIsActiveIn(plan: Plan, period: Period): boolean {
  return plan.status !== 'draft' && plan.validFrom <= period.year && period.year <= plan.validTo;
}

export interface ExpectedReport {
  goalId: Id;
  departmentId: Id;
  /** The lead's report (which sets the goal's figures), or a contribution. */
  lead: boolean;
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
      if (activeDepartments.has(departmentId))
        expected.push({ goalId: goal.id, departmentId, lead: departmentId === goal.leadDepartmentId });
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

/** Completeness of the lead reports and of the contributions apart, where the counts are listed. */
export function completenessByPart(
  expected: readonly ExpectedReport[],
  pairs: ReportedPairs,
): { lead: Completeness; contributions: Completeness } {
  return {
    lead: completeness(
      expected.filter((e) => e.lead),
      pairs,
    ),
    contributions: completeness(
      expected.filter((e) => !e.lead),
      pairs,
    ),
  };
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

/**
 * The department's last report of a goal or activity: its submitted or approved report in the
 * latest earlier period (periods in order of start, then end). The report form shows it for
 * reference and copies from it; a gender gap wider than in it needs an equality analysis.
 */
export function previousReport(
  report: Pick<Report, 'periodId' | 'subjectType' | 'subjectId' | 'departmentId'>,
  reports: readonly Report[],
  periods: readonly Pick<Period, 'id' | 'startsOn' | 'endsOn'>[],
): Report | null {
  const ordered = [...periods].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn),
  );
  for (let i = ordered.findIndex((p) => p.id === report.periodId) - 1; i >= 0; i--) {
    const found = reports.find(
      (r) =>
        r.periodId === ordered[i].id &&
        r.subjectType === report.subjectType &&
        r.subjectId === report.subjectId &&
        r.departmentId === report.departmentId &&
        isReported(r),
    );
    if (found) return found;
  }
  return null;
}
