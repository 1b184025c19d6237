import { CEMR_ARTICLES, Framework, matchesTag, SDG_GOALS, sdgTargetCodes } from '../domain/crosswalk';
import { GapVerdict, gapTargetVerdict } from '../domain/equality-analysis';
import { GapTrend, gapTrend, genderGap } from '../domain/indicator';
import {
  Activity,
  Goal,
  GoalStatus,
  Id,
  Indicator,
  IndicatorValue,
  Period,
  Plan,
  Report,
} from '../domain/model';
import { goalStatuses, isReported, leadReports } from '../domain/status';
import { PlanSummary, SummaryGap } from '../domain/plan-summary';

/** A gender-split indicator of a goal in a period: its values from the goal's lead report. */
export interface GapRow {
  indicator: Indicator;
  women: number | null;
  men: number | null;
  /** Women − men in the period, and in the period before. */
  gap: number | null;
  previousGap: number | null;
  trend: GapTrend;
  verdict: GapVerdict;
  /** The lead report's answer to "Varför skiljer det sig mellan kvinnor och män?". */
  analysis: string | null;
}

export interface CrosswalkGoalRow {
  goal: Goal;
  plan: Plan;
  status: GoalStatus;
  /** Its status in the period before (null when there is no period before). */
  previousStatus: GoalStatus | null;
  gaps: GapRow[];
}

export interface CrosswalkActivityRow {
  activity: Activity;
  plan: Plan;
  status: GoalStatus;
  previousStatus: GoalStatus | null;
}

/** What is tagged with one article, goal or target. */
export interface CrosswalkSection {
  tag: string;
  plans: Plan[];
  goals: CrosswalkGoalRow[];
  activities: CrosswalkActivityRow[];
  /** For an Agenda 2030 goal: its targets that have something tagged. */
  targets: CrosswalkSection[];
}

export interface CrosswalkInput {
  plans: readonly Plan[];
  goals: readonly Goal[];
  activities: readonly Activity[];
  indicators: readonly Indicator[];
  /** The reports of `period` and `previous` (others are ignored). */
  reports: readonly Report[];
  period: Period;
  previous: Period | null;
}

export interface CrosswalkFollowUp {
  sections: CrosswalkSection[];
  /** Articles or Agenda 2030 goals nothing is tagged with (the gaps in the plan's coverage). */
  untouched: string[];
}

/**
 * The CEMR or Agenda 2030 follow-up of a period: per article (or goal, then target) the plans,
 * goals and activities tagged with it, each goal with its status, its status the period before and
 * its gender-split indicators' gaps; the articles or goals nothing is tagged with beside.
 */
export function buildCrosswalkFollowUp(framework: Framework, input: CrosswalkInput): CrosswalkFollowUp {
  const plans = new Map(input.plans.map((p) => [p.id, p]));
  const now = goalStatuses(input.period.id, input.reports);
  const before = input.previous ? goalStatuses(input.previous.id, input.reports) : null;
  const gaps = gapRowsByGoal(input.indicators, input.reports, input.period, input.previous);
  const activityStatus = activityStatuses(input.reports);
  const goalRows = input.goals
    .filter((g) => plans.has(g.planId))
    .map((goal): CrosswalkGoalRow => ({
      goal,
      plan: plans.get(goal.planId)!,
      status: now.get(goal.id) ?? 'not-reported',
      previousStatus: before ? (before.get(goal.id) ?? 'not-reported') : null,
      gaps: gaps.get(goal.id) ?? [],
    }));
  const activityRows = input.activities
    .filter((a) => plans.has(a.planId))
    .map((activity): CrosswalkActivityRow => ({
      activity,
      plan: plans.get(activity.planId)!,
      status: activityStatus(activity.id, input.period.id),
      previousStatus: input.previous ? activityStatus(activity.id, input.previous.id) : null,
    }));
  const section = (tag: string, exact: boolean): CrosswalkSection => {
    const has = (tags: string[] | undefined) => (exact ? (tags ?? []).includes(tag) : matchesTag(tags, tag));
    return {
      tag,
      plans: input.plans.filter((p) => has(p.tags)),
      goals: goalRows.filter((r) => has(r.goal.tags)),
      activities: activityRows.filter((r) => has(r.activity.tags)),
      targets: [],
    };
  };
  const isEmpty = (s: CrosswalkSection) =>
    s.plans.length === 0 && s.goals.length === 0 && s.activities.length === 0 && s.targets.length === 0;
  const all =
    framework === 'cemr'
      ? CEMR_ARTICLES.map((n) => section(`cemr:${n}`, true))
      : SDG_GOALS.map((g) => ({
          // Under a goal: what is tagged with the goal itself; its targets follow, each on its own.
          ...section(`sdg:${g}`, true),
          targets: sdgTargetCodes(g)
            .map((code) => section(`sdg:${code}`, true))
            .filter((s) => !isEmpty(s)),
        }));
  return {
    sections: all.filter((s) => !isEmpty(s)),
    untouched: all.filter(isEmpty).map((s) => s.tag),
  };
}

/**
 * The gender-split indicators of each goal in `period`, from the goal's lead report (which sets the
 * goal's figures), with the gap in `previous` and how it moved.
 */
export function gapRowsByGoal(
  indicators: readonly Indicator[],
  reports: readonly Report[],
  period: Period,
  previous: Period | null,
): Map<Id, GapRow[]> {
  const now = leadReports(period.id, reports);
  const before = previous ? leadReports(previous.id, reports) : new Map<Id, Report>();
  const valueIn = (leads: Map<Id, Report>, indicator: Indicator): IndicatorValue | undefined =>
    leads.get(indicator.goalId)?.indicatorValues.find((v) => v.indicatorId === indicator.id);
  const rows = new Map<Id, GapRow[]>();
  for (const indicator of indicators) {
    if (!indicator.genderDisaggregated) continue;
    const value = valueIn(now, indicator);
    const earlier = valueIn(before, indicator);
    const gap = genderGap(value?.women ?? null, value?.men ?? null);
    const previousGap = genderGap(earlier?.women ?? null, earlier?.men ?? null);
    const row: GapRow = {
      indicator,
      women: value?.women ?? null,
      men: value?.men ?? null,
      gap,
      previousGap,
      trend: gapTrend(previousGap, gap),
      verdict: gapTargetVerdict(gap, indicator.gapTarget),
      analysis: value?.equalityAnalysis?.trim() || null,
    };
    rows.set(indicator.goalId, [...(rows.get(indicator.goalId) ?? []), row]);
  }
  return rows;
}

/** A gap between women and men wider (either way) than in the period before, with its analysis. */
export interface WidenedGap {
  goal: Goal;
  indicatorId: Id;
  gap: number;
  previousGap: number;
  trend: GapTrend;
  /** The lead report's equality analysis (an excerpt); empty when none was given. */
  analysis: string;
}

/**
 * The overview's gaps that widened: each goal's lead report in `periodId` against the one in
 * `previousId`, as the plans' summaries keep them (no report is read); widest change first.
 */
export function widenedGaps(
  goals: readonly Goal[],
  summaries: readonly PlanSummary[],
  periodId: Id,
  previousId: Id | null,
): WidenedGap[] {
  if (!previousId) return [];
  const gapsIn = (id: Id) => {
    const byGoal = new Map<Id, SummaryGap[]>();
    for (const summary of summaries) {
      if (summary.periodId !== id) continue;
      for (const [goalId, entry] of Object.entries(summary.goals)) byGoal.set(goalId, entry.gaps ?? []);
    }
    return byGoal;
  };
  const now = gapsIn(periodId);
  const before = gapsIn(previousId);
  return goals
    .flatMap((goal) =>
      (now.get(goal.id) ?? []).flatMap((entry): WidenedGap[] => {
        const earlier = before.get(goal.id)?.find((g) => g.indicatorId === entry.indicatorId);
        if (!earlier || Math.abs(entry.gap) <= Math.abs(earlier.gap)) return [];
        return [
          {
            goal,
            indicatorId: entry.indicatorId,
            gap: entry.gap,
            previousGap: earlier.gap,
            trend: gapTrend(earlier.gap, entry.gap),
            analysis: entry.analysis,
          },
        ];
      }),
    )
    .sort((a, b) => Math.abs(b.gap) - Math.abs(b.previousGap) - (Math.abs(a.gap) - Math.abs(a.previousGap)));
}

/** An activity's status in a period: its responsible department's submitted or approved report. */
function activityStatuses(reports: readonly Report[]): (activityId: Id, periodId: Id) => GoalStatus {
  const statuses = new Map<string, GoalStatus>();
  for (const r of reports) {
    if (r.subjectType === 'activity' && isReported(r)) statuses.set(`${r.periodId}|${r.subjectId}`, r.status);
  }
  return (activityId, periodId) => statuses.get(`${periodId}|${activityId}`) ?? 'not-reported';
}
