import { genderGap, wellFormedValues } from './indicator';
import { Id, Report, ReportStatus, Timestamp } from './model';
import { groupBy } from './group-by';
import { contributionsByGoal, leadReports, ReportedPairs, reportedPairs } from './status';

/**
 * What a dashboard needs of one period's reports: the lead report that sets each goal's status,
 * the contributions shown beside it, and which departments have reported on each goal. Whether it
 * was computed from the reports themselves or read from summary documents, the figures built on
 * it are the same.
 */
export interface PeriodFacts {
  /** Per goal, its lead department's submitted or approved report (`leadReports`). */
  lead: ReadonlyMap<Id, StatusReport>;
  /** Per goal, its contributing departments' submitted or approved reports, in department order. */
  contributions: ReadonlyMap<Id, readonly StatusReport[]>;
  pairs: ReportedPairs;
}

/** The parts of a report a dashboard shows. */
export type StatusReport = Pick<Report, 'id' | 'goalId' | 'departmentId' | 'status' | 'analysis'>;

/** One goal's status-setting (lead) report, or one contribution, in a summary. */
export interface SummaryEntry {
  reportId: Id;
  departmentId: Id;
  status: ReportStatus;
  /** The analysis of goals off track or at risk (cut at `ANALYSIS_EXCERPT` characters); empty otherwise. */
  analysis: string;
  /**
   * A lead report's gender-split values: per indicator with both values, the gap (women − men) and
   * the equality analysis (cut like `analysis`). What the overview compares between two periods to
   * list the gaps that widened. Absent from summaries computed before it was kept.
   */
  gaps?: SummaryGap[];
}

export interface SummaryGap {
  indicatorId: Id;
  gap: number;
  analysis: string;
}

/**
 * One plan's reported figures for one period, kept by the server (`orgs/{orgId}/summaries/{id}`).
 * A dashboard reads one of these per plan and period instead of every report, so opening it costs
 * the same however many reports exist. Only submitted and approved reports go into it: everything
 * in it is readable by every member, committee members included.
 */
export interface PlanSummary {
  /** `summaryId(planId, periodId)`. */
  id: Id;
  orgId: Id;
  planId: Id;
  periodId: Id;
  /** Goal id → its lead report, which sets its status. */
  goals: Record<Id, SummaryEntry>;
  /**
   * Goal id → its contributions, in department order (never in the goal's figures). Absent from
   * summaries computed before contributions were kept; the next change of a report adds it.
   */
  contributions?: Record<Id, SummaryEntry[]>;
  /** Goal id → the departments that have reported on it, in id order. */
  reported: Record<Id, Id[]>;
  /** How many submitted and approved goal reports it was computed from. */
  reportCount: number;
  /** Reports (goal and activity) submitted and waiting for a strategist's decision: the review queue's length. */
  awaitingReview: number;
  computedAt: Timestamp;
}

/**
 * How much of an analysis a summary keeps: a plan with a thousand goals at risk must still fit in
 * one document (Firestore: 1 MiB). The whole text is on the goal's page.
 */
export const ANALYSIS_EXCERPT = 400;

export function summaryId(planId: Id, periodId: Id): Id {
  return `${planId}__${periodId}`;
}

export function excerpt(text: string, limit = ANALYSIS_EXCERPT): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - 1).trimEnd()}…`;
}

const needsAttention = (status: ReportStatus) => status === 'off-track' || status === 'at-risk';

/** The facts of one period straight from its reports. */
export function factsFromReports(periodId: Id, reports: readonly Report[]): PeriodFacts {
  return {
    lead: leadReports(periodId, reports),
    contributions: contributionsByGoal(periodId, reports),
    pairs: reportedPairs(periodId, reports),
  };
}

function entryOf(report: StatusReport, withAnalysis: boolean): SummaryEntry {
  return {
    reportId: report.id,
    departmentId: report.departmentId,
    status: report.status,
    // Text, whatever was written: a malformed report must not stop its plan's summary.
    analysis: withAnalysis && typeof report.analysis === 'string' ? excerpt(report.analysis) : '',
  };
}

/** A lead report's entry: besides its status, the gaps between women and men it reports. */
function leadEntryOf(report: Report): SummaryEntry {
  const gaps = wellFormedValues(report).flatMap((v): SummaryGap[] => {
    const gap = genderGap(v.women, v.men);
    return gap === null
      ? []
      : [{ indicatorId: v.indicatorId, gap, analysis: excerpt(v.equalityAnalysis?.trim() ?? '') }];
  });
  return { ...entryOf(report, needsAttention(report.status)), ...(gaps.length ? { gaps } : {}) };
}

/**
 * One plan's summary for one period, from reports (any; others are left out). The server reruns
 * this on every change of one of the plan's reports in that period.
 */
export function summarisePlan(
  orgId: Id,
  planId: Id,
  periodId: Id,
  reports: readonly Report[],
  computedAt: Timestamp,
): PlanSummary {
  const own = reports.filter((r) => r.planId === planId && r.periodId === periodId);
  const { contributions, pairs } = factsFromReports(periodId, own);
  const lead = leadReports(periodId, own);
  const goals: Record<Id, SummaryEntry> = {};
  for (const [goalId, report] of [...lead].sort(([a], [b]) => compareIds(a, b))) {
    goals[goalId] = leadEntryOf(report);
  }
  // A contribution's analysis is kept where the overview shows it: under a goal that needs
  // attention, or when the contribution itself is off track or at risk.
  const contributed: Record<Id, SummaryEntry[]> = {};
  for (const [goalId, list] of [...contributions].sort(([a], [b]) => compareIds(a, b))) {
    const goalNeeds = needsAttention(goals[goalId]?.status ?? 'not-started');
    contributed[goalId] = list.map((r) => entryOf(r, goalNeeds || needsAttention(r.status)));
  }
  const reported: Record<Id, Id[]> = {};
  let reportCount = 0;
  for (const [goalId, departments] of [...pairs].sort(([a], [b]) => compareIds(a, b))) {
    reported[goalId] = [...departments].sort(compareIds);
  }
  let awaitingReview = 0;
  for (const r of own) {
    if (r.subjectType === 'goal' && (r.state === 'submitted' || r.state === 'approved')) reportCount++;
    if (r.state === 'submitted') awaitingReview++;
  }
  return {
    id: summaryId(planId, periodId),
    orgId,
    planId,
    periodId,
    goals,
    contributions: contributed,
    reported,
    reportCount,
    awaitingReview,
    computedAt,
  };
}

/**
 * Every summary the reports make: one per plan and period that has reports, in id order (the
 * embedded backend's summaries, and what an import writes before the server keeps them).
 */
export function summariesOf(orgId: Id, reports: readonly Report[], computedAt: Timestamp): PlanSummary[] {
  return [...groupBy(reports, (r) => summaryId(r.planId, r.periodId))]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([, group]) => summarisePlan(orgId, group[0].planId, group[0].periodId, group, computedAt));
}

/** The facts of one period from its plans' summaries (summaries of other periods are left out). */
export function factsFromSummaries(periodId: Id, summaries: readonly PlanSummary[]): PeriodFacts {
  const lead = new Map<Id, StatusReport>();
  const contributions = new Map<Id, StatusReport[]>();
  const pairs = new Map<Id, Set<Id>>();
  const reportOf = (goalId: Id, entry: SummaryEntry): StatusReport => ({
    id: entry.reportId,
    goalId,
    departmentId: entry.departmentId,
    status: entry.status,
    analysis: entry.analysis,
  });
  for (const summary of summaries) {
    if (summary.periodId !== periodId) continue;
    for (const [goalId, entry] of Object.entries(summary.goals)) lead.set(goalId, reportOf(goalId, entry));
    for (const [goalId, entries] of Object.entries(summary.contributions ?? {})) {
      contributions.set(
        goalId,
        entries.map((entry) => reportOf(goalId, entry)),
      );
    }
    for (const [goalId, departments] of Object.entries(summary.reported)) {
      pairs.set(goalId, new Set(departments));
    }
  }
  return { lead, contributions, pairs };
}

/**
 * The summaries a change of one report touches: its plan and period before and after the change
 * (a report never moves between plans or periods today, but the server does not rely on that).
 */
export function summariesTouched(
  before: Pick<Report, 'planId' | 'periodId'> | null,
  after: Pick<Report, 'planId' | 'periodId'> | null,
): { planId: Id; periodId: Id }[] {
  const keys = new Map<Id, { planId: Id; periodId: Id }>();
  for (const report of [before, after]) {
    if (report)
      keys.set(summaryId(report.planId, report.periodId), {
        planId: report.planId,
        periodId: report.periodId,
      });
  }
  return [...keys.values()];
}

function compareIds(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
