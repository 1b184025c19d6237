import {
  Activity,
  Department,
  FocusArea,
  Goal,
  GoalStatus,
  Id,
  Indicator,
  IsoDate,
  Period,
  Plan,
  Report,
  Timestamp,
} from './model';
import { countsPeople, wellFormedValues } from './indicator';
import { acrossVersions, PublicFigures, publicFigures } from './public-figures';
import { leadReports } from './status';

/**
 * One plan's follow-up for one period as it was published: what residents, journalists and
 * politicians outside the committee may read without an account. Frozen when a strategist
 * publishes; publishing again makes a new version beside it. Only approved reports go into it;
 * drafts, submitted or returned reports, review comments and people's names never do.
 */
export interface PublicSnapshot {
  /** `snapshotId(planId, periodId, version)`. */
  id: Id;
  orgId: Id;
  planId: Id;
  periodId: Id;
  /** 1, 2, …: each publishing of the same plan and period. */
  version: number;
  publishedAt: Timestamp;
  plan: Pick<Plan, 'title' | 'theme' | 'validFrom' | 'validTo' | 'decisionRef' | 'adoptedOn' | 'description'>;
  period: Pick<Period, 'name' | 'kind' | 'year' | 'startsOn' | 'endsOn'> & {
    /**
     * The period was still open when this version was published: reports may still come in, and a
     * goal without an approved one reads "Ej rapporterad". Absent in versions published before it
     * was recorded.
     */
    stillOpen?: boolean;
  };
  focusAreas: Pick<FocusArea, 'id' | 'title' | 'description' | 'order'>[];
  goals: PublicGoal[];
  indicators: PublicIndicator[];
  activities: PublicActivity[];
}

export interface PublicGoal {
  id: Id;
  focusAreaId: Id;
  title: string;
  description: string;
  order: number;
  targetYear: number | null;
  /** The lead department's name (departments are public; people are not). */
  leadDepartment: string;
  /** From the lead department's approved report; `not-reported` without one. */
  status: GoalStatus;
  progress: number | null;
  analysis: string;
  /** When the report behind the figures was approved. */
  approvedAt: Timestamp | null;
}

export interface PublicIndicator extends Pick<
  Indicator,
  | 'id'
  | 'goalId'
  | 'name'
  | 'unit'
  | 'baselineValue'
  | 'baselineYear'
  | 'targetValue'
  | 'targetYear'
  | 'direction'
  | 'source'
  | 'genderDisaggregated'
> {
  /** This period's value from the goal's approved lead report, small counts hidden; null without one. */
  figures: PublicFigures | null;
  /** The values published for earlier periods (their latest version), oldest first. */
  trend: { periodId: Id; period: PublicSnapshot['period']; figures: PublicFigures }[];
}

export interface PublicActivity {
  id: Id;
  goalId: Id;
  title: string;
  description: string;
  responsibleDepartment: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** From the responsible department's approved report of the period; `not-reported` without one. */
  status: GoalStatus;
}

export function snapshotId(planId: Id, periodId: Id, version: number): Id {
  return `${planId}__${periodId}__v${version}`;
}

export interface SnapshotInput {
  orgId: Id;
  plan: Plan;
  period: Period;
  focusAreas: readonly FocusArea[];
  goals: readonly Goal[];
  indicators: readonly Indicator[];
  activities: readonly Activity[];
  departments: readonly Department[];
  /** Any reports: only the plan's approved ones of the period are used. */
  reports: readonly Report[];
  /** The plan's snapshots published so far (any period, any version): the trend, and the next version. */
  published: readonly PublicSnapshot[];
  /** The latest version of this plan and period published so far, where that is known otherwise (a publication). */
  latestVersion?: number;
  publishedAt: Timestamp;
}

/** The snapshot that publishing the plan's follow-up for the period now makes. */
export function buildSnapshot(input: SnapshotInput): PublicSnapshot {
  const { plan, period } = input;
  const approved = input.reports.filter(
    (r) => r.planId === plan.id && r.periodId === period.id && r.state === 'approved',
  );
  const lead = leadReports(period.id, approved);
  const departmentName = new Map(input.departments.map((d) => [d.id, d.name]));
  const goals = input.goals.filter((g) => g.planId === plan.id);
  const goalIds = new Set(goals.map((g) => g.id));
  const earlier = latestVersions(input.published.filter((s) => s.planId === plan.id))
    .filter((s) => s.period.endsOn < period.endsOn)
    .sort((a, b) => (a.period.endsOn < b.period.endsOn ? -1 : 1));
  // The earlier public versions of this very period: a correction must not give their hidden counts away.
  const sameEarlier = input.published.filter((s) => s.planId === plan.id && s.periodId === period.id);
  const version =
    Math.max(
      input.latestVersion ?? 0,
      ...input.published
        .filter((s) => s.planId === plan.id && s.periodId === period.id)
        .map((s) => s.version),
    ) + 1;

  return {
    id: snapshotId(plan.id, period.id, version),
    orgId: input.orgId,
    planId: plan.id,
    periodId: period.id,
    version,
    publishedAt: input.publishedAt,
    plan: {
      title: plan.title,
      theme: plan.theme,
      validFrom: plan.validFrom,
      validTo: plan.validTo,
      decisionRef: plan.decisionRef,
      adoptedOn: plan.adoptedOn,
      description: plan.description,
    },
    period: {
      name: period.name,
      kind: period.kind,
      year: period.year,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      stillOpen: period.state === 'open',
    },
    focusAreas: input.focusAreas
      .filter((a) => a.planId === plan.id)
      .sort((a, b) => a.order - b.order)
      .map((a) => ({ id: a.id, title: a.title, description: a.description, order: a.order })),
    goals: goals
      .sort((a, b) => a.order - b.order)
      .map((goal): PublicGoal => {
        const report = lead.get(goal.id);
        return {
          id: goal.id,
          focusAreaId: goal.focusAreaId,
          title: goal.title,
          description: goal.description,
          order: goal.order,
          targetYear: goal.targetYear,
          leadDepartment: departmentName.get(goal.leadDepartmentId) ?? '',
          status: report?.status ?? 'not-reported',
          // What a department wrote, as the model says it is (a malformed report's junk stays out).
          progress:
            typeof report?.progress === 'number' && Number.isFinite(report.progress) ? report.progress : null,
          analysis: typeof report?.analysis === 'string' ? report.analysis : '',
          approvedAt: report?.decidedAt ?? null,
        };
      }),
    indicators: input.indicators
      // An indicator a strategist keeps out of the public follow-up is not in it at all.
      .filter((i) => goalIds.has(i.goalId) && i.notPublic !== true)
      .map((indicator): PublicIndicator => {
        const report = lead.get(indicator.goalId);
        const value = report && wellFormedValues(report).find((v) => v.indicatorId === indicator.id);
        return {
          id: indicator.id,
          goalId: indicator.goalId,
          name: indicator.name,
          unit: indicator.unit,
          baselineValue: indicator.baselineValue,
          baselineYear: indicator.baselineYear,
          targetValue: indicator.targetValue,
          targetYear: indicator.targetYear,
          direction: indicator.direction,
          source: indicator.source,
          genderDisaggregated: indicator.genderDisaggregated,
          figures: value
            ? acrossVersions(
                countsPeople(indicator),
                publicFigures(countsPeople(indicator), value),
                sameEarlier.map((s) => s.indicators.find((i) => i.id === indicator.id)?.figures ?? null),
              )
            : null,
          trend: earlier.flatMap((s) => {
            const figures = s.indicators.find((i) => i.id === indicator.id)?.figures;
            return figures ? [{ periodId: s.periodId, period: s.period, figures }] : [];
          }),
        };
      }),
    activities: input.activities
      .filter((a) => goalIds.has(a.goalId))
      .map((activity): PublicActivity => {
        const report = approved
          .filter((r) => r.subjectType === 'activity' && r.subjectId === activity.id)
          .sort((a, b) => ((a.decidedAt ?? '') < (b.decidedAt ?? '') ? 1 : -1))[0];
        return {
          id: activity.id,
          goalId: activity.goalId,
          title: activity.title,
          description: activity.description,
          responsibleDepartment: departmentName.get(activity.responsibleDepartmentId) ?? '',
          startsOn: activity.startsOn,
          endsOn: activity.endsOn,
          status: report?.status ?? 'not-reported',
        };
      }),
  };
}

/** Of each plan and period, its latest published version. */
export function latestVersions(snapshots: readonly PublicSnapshot[]): PublicSnapshot[] {
  const latest = new Map<string, PublicSnapshot>();
  for (const s of snapshots) {
    const key = `${s.planId}__${s.periodId}`;
    const known = latest.get(key);
    if (!known || known.version < s.version) latest.set(key, s);
  }
  return [...latest.values()];
}
