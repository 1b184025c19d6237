import { InvalidTransition, PermissionDenied, ValidationFailed } from '../domain/errors';
import { Member, Period, Report, ReportTransition, reportId } from '../domain/model';
import { can, Resource } from '../domain/policy';
import { carriers, previousReport, reportsAsFor, Subject } from '../domain/status';
import { FieldErrors, hasErrors, validateComment, validateReport } from '../domain/validation';
import { isEditable, needsComment, nextState, statesAllowing } from '../domain/workflow';
import { reportResource, ReportResource } from './resource-of';
import type { WriteStore } from './write-engine';

/**
 * The write rules that are a report's own: what a new report is made of, which department plays
 * which part, the indicator values it may carry, and each step of its workflow. The write engine
 * calls these inside its unit of work.
 */
export class ReportRules {
  constructor(private readonly store: WriteStore) {}

  /** The goal or activity a report is about, as it is now. */
  subjectOf(report: Pick<Report, 'subjectType' | 'subjectId'>): Promise<Subject | undefined> {
    return report.subjectType === 'activity'
      ? this.store.get('activities', report.subjectId)
      : this.store.get('goals', report.subjectId);
  }

  /** What the policy judges a report as: with its period's state and the departments that carry it. */
  async resourceOf(report: Report): Promise<ReportResource> {
    const period = await this.store.get('periods', report.periodId);
    const subject = await this.subjectOf(report);
    return reportResource(report, period?.state, subject ? carriers(subject) : []);
  }

  /**
   * The indicator values a report may carry: a contribution carries none unless the strategist
   * asked the contributing departments for their share (a value typed before the question was
   * withdrawn is dropped rather than refused: the form no longer shows it).
   */
  async allowedValues(
    report: Pick<Report, 'goalId' | 'indicatorValues'>,
    reportsAs: Report['reportsAs'],
  ): Promise<Report['indicatorValues']> {
    if (reportsAs !== 'contributor') return report.indicatorValues;
    const goal = await this.store.get('goals', report.goalId);
    return goal?.contributorsReportValues === true ? report.indicatorValues : [];
  }

  /** A new report is always a draft; its ids and plan come from its subject, not from the caller. */
  async prepare(draft: Report): Promise<Report> {
    const subjectType: Report['subjectType'] = draft.subjectType === 'activity' ? 'activity' : 'goal';
    const activity =
      subjectType === 'activity' ? await this.store.get('activities', draft.subjectId ?? '') : undefined;
    const goalId = subjectType === 'activity' ? activity?.goalId : draft.subjectId;
    const goal = goalId ? await this.store.get('goals', goalId) : undefined;
    const period = await this.store.get('periods', draft.periodId ?? '');
    const department = await this.store.get('departments', draft.departmentId ?? '');
    const errors: FieldErrors = {};
    if (!goal || goal.orgId !== draft.orgId) errors['subjectId'] = { code: 'unknownReference' };
    if (!period || period.orgId !== draft.orgId) errors['periodId'] = { code: 'unknownReference' };
    if (!department || department.orgId !== draft.orgId)
      errors['departmentId'] = { code: 'unknownReference' };
    if (!goal || hasErrors(errors)) throw new ValidationFailed(errors);
    const subject: Subject | undefined = subjectType === 'activity' ? activity : goal;
    // A department that does not carry the goal or activity has no part to play: refused later.
    const reportsAs = (subject && reportsAsFor(subject, draft.departmentId)) ?? 'contributor';
    const report: Report = {
      ...draft,
      id: reportId(draft.periodId, subjectType, draft.subjectId, draft.departmentId),
      subjectType,
      goalId: goal.id,
      planId: goal.planId,
      departmentId: draft.departmentId,
      reportsAs,
      indicatorValues: draft.indicatorValues ?? [],
    };
    return {
      ...report,
      status: draft.status ?? 'not-started',
      progress: draft.progress ?? null,
      indicatorValues: await this.allowedValues(report, reportsAs),
      analysis: draft.analysis ?? '',
      nextSteps: draft.nextSteps ?? '',
      documentUrl: draft.documentUrl ?? '',
      state: 'draft',
      returnComment: '',
      submittedAt: null,
      submittedBy: null,
      decidedAt: null,
      decidedBy: null,
    };
  }

  /** The department's last report of the same goal or activity (a widened gap needs explaining). */
  private async previousOf(report: Report): Promise<Report | null> {
    const siblings = await this.store.where('reports', {
      goalId: report.goalId,
      departmentId: report.departmentId,
    });
    const periodIds = [...new Set([report.periodId, ...siblings.map((r) => r.periodId)])];
    const periods = (await Promise.all(periodIds.map((id) => this.store.get('periods', id)))).filter(
      (p): p is Period => !!p,
    );
    return previousReport(report, siblings, periods);
  }

  /** Refused unless its values are valid (all of them when submitting) and its period lets it change. */
  async validate(report: Report, forSubmit: boolean): Promise<void> {
    const indicators = await this.store.where('indicators', { goalId: report.goalId });
    const errors = validateReport(report, indicators, forSubmit);
    const period: Period | undefined = await this.store.get('periods', report.periodId);
    if (period && !isEditable(report, period)) throw new PermissionDenied('update', 'reports');
    if (hasErrors(errors)) throw new ValidationFailed(errors);
  }

  /**
   * The report after `transition`, as `member` takes it (the caller checks the version and writes
   * it): refused when the policy does not allow it, with the reason when the state is the reason.
   */
  async transitioned(
    member: Member,
    existing: Report,
    transition: ReportTransition,
    comment: string,
    at: string,
  ): Promise<Report> {
    const resource = await this.resourceOf(existing);
    const next = nextState(existing.state, transition);
    if (!can(member, transition, resource)) {
      // Someone who could take this step from another state is told why it is refused now.
      const fromValidState: Resource = {
        ...resource,
        report: { ...existing, state: statesAllowing(transition)[0] },
      };
      if (next === null && can(member, transition, fromValidState)) {
        throw new InvalidTransition(existing.state, transition);
      }
      throw new PermissionDenied(transition, 'reports');
    }
    let content: Partial<Report> = {};
    if (transition === 'submit') {
      // The part the department plays is taken again from the goal as it is now: after a change
      // of lead, the former lead's report is a contribution, the new lead's sets the figures.
      const subject = await this.subjectOf(existing);
      const reportsAs = (subject && reportsAsFor(subject, existing.departmentId)) ?? existing.reportsAs;
      content = { reportsAs, indicatorValues: await this.allowedValues(existing, reportsAs) };
      const indicators = await this.store.where('indicators', { goalId: existing.goalId });
      const errors = validateReport(
        { ...existing, ...content },
        indicators,
        true,
        await this.previousOf(existing),
      );
      if (hasErrors(errors)) throw new ValidationFailed(errors);
    }
    if (needsComment(transition)) {
      const errors = validateComment(comment);
      if (hasErrors(errors)) throw new ValidationFailed(errors);
    }
    return {
      ...existing,
      ...content,
      state: next!,
      version: existing.version + 1,
      updatedAt: at,
      updatedBy: member.id,
      ...(transition === 'submit'
        ? { submittedAt: at, submittedBy: member.id, returnComment: '', decidedAt: null, decidedBy: null }
        : transition === 'withdraw'
          ? // Back to a draft, as if never submitted (nobody has decided on it).
            { submittedAt: null, submittedBy: null, returnComment: '', decidedAt: null, decidedBy: null }
          : {
              decidedAt: at,
              decidedBy: member.id,
              returnComment: needsComment(transition) ? comment.trim() : '',
            }),
    };
  }
}
