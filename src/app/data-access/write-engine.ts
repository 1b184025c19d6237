import {
  BatchFailed,
  InvalidTransition,
  NotFound,
  PermissionDenied,
  ValidationFailed,
  VersionConflict,
} from '../domain/errors';
import {
  AuditAction,
  AuditEntry,
  Draft,
  EntityKind,
  EntityMap,
  Id,
  Member,
  Patch,
  Report,
  ReportTransition,
  Stamped,
  reportId,
} from '../domain/model';
import { Action, can, Resource } from '../domain/policy';
import { carriers, reportsAsFor, Subject } from '../domain/status';
import {
  FieldErrors,
  hasErrors,
  RECORD_VALIDATORS,
  validateComment,
  validateReport,
} from '../domain/validation';
import { isEditable, needsComment, nextState, statesAllowing } from '../domain/workflow';
import { WriteOp } from './backend';

export type AnyRecord = Stamped & Record<string, unknown>;

/**
 * What the write rules need from a store, inside one all-or-nothing unit of work (a Dexie
 * transaction, a Firestore transaction). Reads see the unit's own earlier writes.
 */
export interface WriteStore {
  get(kind: EntityKind, id: Id): Promise<AnyRecord | undefined>;
  /** Records of `kind` whose `field` equals `value`, in the signed-in person's organisation. */
  where(kind: EntityKind, field: string, value: string): Promise<AnyRecord[]>;
  put(kind: EntityKind, record: AnyRecord): Promise<void>;
  delete(kind: EntityKind, id: Id): Promise<void>;
  /** Records a change; `version` is the version the change produced (or would have, for a removal). */
  audit(entry: AuditEntry, version: number): Promise<void>;
}

export interface WriteContext {
  member: Member;
  now: () => Date;
  newId: (kind: string) => Id;
  /** The browser tab the write comes from, recorded on reports (`Report.updatedIn`). */
  clientId?: string;
}

/** Report fields a reporter may change with `update`; the workflow fields move only by `transition`. */
const REPORT_CONTENT: (keyof Report)[] = [
  'status',
  'progress',
  'indicatorValues',
  'analysis',
  'nextSteps',
  'documentUrl',
];
const STAMP_FIELDS: (keyof Stamped)[] = [
  'id',
  'orgId',
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
];

/** What must be empty before a record can be removed: [collection, field pointing here]. */
const DEPENDENTS: Partial<Record<EntityKind, [EntityKind, string][]>> = {
  plans: [['focusAreas', 'planId']],
  focusAreas: [['goals', 'focusAreaId']],
  indicators: [['measurements', 'indicatorId']],
  goals: [
    ['indicators', 'goalId'],
    ['activities', 'goalId'],
    ['reports', 'goalId'],
  ],
  periods: [['reports', 'periodId']],
  departments: [
    ['goals', 'leadDepartmentId'],
    ['reports', 'departmentId'],
  ],
};

/**
 * The access resource the policy judges a record as. Reports need their period's state and, for
 * writes, the departments that carry their goal or activity (reading needs neither carrier).
 */
export function resourceOf(
  kind: EntityKind,
  record: unknown,
  periodState?: string,
  reportCarriers: readonly Id[] = [],
): Resource {
  if (kind === 'reports') {
    return {
      kind,
      report: record as Report,
      period: { state: (periodState ?? 'closed') as 'planned' | 'open' | 'closed' },
      carriers: reportCarriers,
    };
  }
  if (kind === 'plans') return { kind, plan: record as EntityMap['plans'] };
  return { kind } as Resource;
}

/**
 * The write rules every backend applies, whatever it stores in: the policy, validation,
 * optimistic concurrency (the version a write was based on), stamps, dependents, the report
 * workflow and an audit entry per change. One engine per unit of work.
 */
export class WriteEngine {
  constructor(
    private readonly store: WriteStore,
    private readonly context: WriteContext,
  ) {}

  private get member(): Member {
    return this.context.member;
  }

  async create<K extends EntityKind>(kind: K, draft: Draft<EntityMap[K]>): Promise<EntityMap[K]> {
    const member = this.member;
    const at = this.context.now().toISOString();
    const base = withoutStamps(draft as Record<string, unknown>);
    let record = {
      ...base,
      id: (draft as { id?: Id }).id ?? this.context.newId(kind),
      orgId: member.orgId,
      version: 1,
      createdAt: at,
      createdBy: member.id,
      updatedAt: at,
      updatedBy: member.id,
    } as AnyRecord;
    if (kind === 'reports') record = (await this.prepareNewReport(record)) as unknown as AnyRecord;
    if (kind === 'reports') record = this.stampClient(record);
    await this.authorize('create', kind, record);
    await this.validate(kind, record, false);
    const existing = await this.store.get(kind, record.id);
    if (existing) throw await this.conflict(existing);
    await this.store.put(kind, record);
    await this.record('create', kind, record.id, null, record);
    return record as unknown as EntityMap[K];
  }

  async update<K extends EntityKind>(
    kind: K,
    id: Id,
    expectedVersion: number,
    patch: Patch<EntityMap[K]>,
  ): Promise<EntityMap[K]> {
    const member = this.member;
    const existing = await this.existing(kind, id);
    await this.authorize('update', kind, existing);
    if (existing.version !== expectedVersion) throw await this.conflict(existing);
    let changes = withoutStamps(patch as Record<string, unknown>);
    if (kind === 'reports') {
      changes = Object.fromEntries(
        Object.entries(changes).filter(([key]) => REPORT_CONTENT.includes(key as keyof Report)),
      );
      if ('indicatorValues' in changes) {
        const report = { ...existing, ...changes } as unknown as Report;
        changes['indicatorValues'] = await this.allowedValues(report, report.reportsAs);
      }
    }
    if (kind === 'goals' || kind === 'indicators' || kind === 'activities' || kind === 'focusAreas') {
      delete changes['planId'];
    }
    let updated: AnyRecord = {
      ...existing,
      ...changes,
      version: existing.version + 1,
      updatedAt: this.context.now().toISOString(),
      updatedBy: member.id,
    };
    if (kind === 'reports') updated = this.stampClient(updated);
    await this.validate(kind, updated, false);
    await this.store.put(kind, updated);
    await this.record('update', kind, id, existing, updated);
    return updated as unknown as EntityMap[K];
  }

  async remove(kind: EntityKind, id: Id, expectedVersion: number): Promise<void> {
    const existing = await this.existing(kind, id);
    await this.authorize('delete', kind, existing);
    if (existing.version !== expectedVersion) throw await this.conflict(existing);
    for (const [dependent, field] of DEPENDENTS[kind] ?? []) {
      const count = (await this.store.where(dependent, field, id)).length;
      if (count > 0)
        throw new ValidationFailed({
          _: { code: kind === 'departments' ? 'inUse' : 'notEmpty', params: { count, kind: dependent } },
        });
    }
    await this.store.delete(kind, id);
    await this.record('delete', kind, id, existing, null);
  }

  /** Each write checked like its single call; the first refusal names its index. */
  async batch(ops: readonly WriteOp[]): Promise<void> {
    for (const [index, write] of ops.entries()) {
      try {
        if (write.op === 'create') await this.create(write.kind, write.draft as never);
        else if (write.op === 'update')
          await this.update(write.kind, write.id, write.expectedVersion, write.patch as never);
        else await this.remove(write.kind, write.id, write.expectedVersion);
      } catch (error) {
        throw new BatchFailed(index, error);
      }
    }
  }

  async transition(
    id: Id,
    expectedVersion: number,
    transition: ReportTransition,
    comment = '',
  ): Promise<Report> {
    const member = this.member;
    const existing = (await this.existing('reports', id)) as unknown as Report;
    const period = await this.store.get('periods', existing.periodId);
    const subject = await this.subjectOf(existing);
    const resource = resourceOf(
      'reports',
      existing,
      period?.['state'] as string | undefined,
      subject ? carriers(subject) : [],
    );
    const next = nextState(existing.state, transition);
    if (!can(member, transition, resource)) {
      // Someone who could take this step from another state is told why it is refused now.
      const fromValidState = {
        ...resource,
        report: { ...existing, state: statesAllowing(transition)[0] },
      } as Resource;
      if (next === null && can(member, transition, fromValidState)) {
        throw new InvalidTransition(existing.state, transition);
      }
      throw new PermissionDenied(transition, 'reports');
    }
    if (existing.version !== expectedVersion) throw await this.conflict(existing as unknown as AnyRecord);
    let content: Partial<Report> = {};
    if (transition === 'submit') {
      // The part the department plays is taken again from the goal as it is now: after a change
      // of lead, the former lead's report is a contribution, the new lead's sets the figures.
      const reportsAs = reportsAsFor(subject!, existing.departmentId)!;
      content = { reportsAs, indicatorValues: await this.allowedValues(existing, reportsAs) };
      const indicators = await this.store.where('indicators', 'goalId', existing.goalId);
      const errors = validateReport({ ...existing, ...content }, indicators as never, true);
      if (hasErrors(errors)) throw new ValidationFailed(errors);
    }
    if (needsComment(transition)) {
      const errors = validateComment(comment);
      if (hasErrors(errors)) throw new ValidationFailed(errors);
    }
    const at = this.context.now().toISOString();
    const updated: Report = {
      ...existing,
      ...content,
      ...this.clientStamp(),
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
    await this.store.put('reports', updated as unknown as AnyRecord);
    await this.record(transition, 'reports', id, existing, updated, comment.trim());
    return updated;
  }

  // ---- helpers ----------------------------------------------------------------------------

  private clientStamp(): { updatedIn?: string } {
    return this.context.clientId ? { updatedIn: this.context.clientId } : {};
  }

  /** A report records the tab it was last changed in (a caller cannot set it). */
  private stampClient(record: AnyRecord): AnyRecord {
    const stamped: AnyRecord = { ...record, ...this.clientStamp() };
    if (!this.context.clientId) delete stamped['updatedIn'];
    return stamped;
  }

  private async existing(kind: EntityKind, id: Id): Promise<AnyRecord> {
    const record = await this.store.get(kind, id);
    if (!record || record.orgId !== this.member.orgId) throw new NotFound(kind, id);
    return record;
  }

  /** A new report is always a draft; its ids and plan come from its subject, not from the caller. */
  private async prepareNewReport(record: AnyRecord): Promise<Report> {
    const draft = record as unknown as Report;
    const subjectType: Report['subjectType'] = draft.subjectType === 'activity' ? 'activity' : 'goal';
    let goalId: Id | undefined;
    if (subjectType === 'activity')
      goalId = (await this.store.get('activities', draft.subjectId ?? ''))?.['goalId'] as Id | undefined;
    else goalId = (await this.store.get('goals', draft.subjectId ?? ''))?.id;
    const goal = goalId ? await this.store.get('goals', goalId) : undefined;
    const period = await this.store.get('periods', draft.periodId ?? '');
    const department = await this.store.get('departments', draft.departmentId ?? '');
    const errors: FieldErrors = {};
    if (!goal || goal.orgId !== draft.orgId) errors['subjectId'] = { code: 'unknownReference' };
    if (!period || period.orgId !== draft.orgId) errors['periodId'] = { code: 'unknownReference' };
    if (!department || department.orgId !== draft.orgId)
      errors['departmentId'] = { code: 'unknownReference' };
    if (hasErrors(errors)) throw new ValidationFailed(errors);
    const subject = (subjectType === 'activity'
      ? await this.store.get('activities', draft.subjectId)
      : goal) as unknown as Subject;
    // A department that does not carry the goal or activity has no part to play: refused below.
    const reportsAs = reportsAsFor(subject, draft.departmentId) ?? 'contributor';
    const report: Report = {
      ...draft,
      id: reportId(draft.periodId, subjectType, draft.subjectId, draft.departmentId),
      subjectType,
      goalId: goal!.id,
      planId: goal!['planId'] as Id,
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

  private async authorize(action: Action, kind: EntityKind, record: AnyRecord): Promise<void> {
    let resource: Resource;
    if (kind === 'reports') {
      const report = record as unknown as Report;
      const period = await this.store.get('periods', report.periodId);
      const subject = await this.subjectOf(report);
      resource = resourceOf(
        kind,
        record,
        period?.['state'] as string | undefined,
        subject ? carriers(subject) : [],
      );
    } else {
      resource = resourceOf(kind, record);
    }
    if (!can(this.member, action, resource)) throw new PermissionDenied(action, kind);
  }

  /** The goal or activity a report is about, as it is now. */
  private async subjectOf(report: Pick<Report, 'subjectType' | 'subjectId'>): Promise<Subject | undefined> {
    const kind = report.subjectType === 'activity' ? 'activities' : 'goals';
    return (await this.store.get(kind, report.subjectId)) as unknown as Subject | undefined;
  }

  /**
   * The indicator values a report may carry: a contribution carries none unless the strategist
   * asked the contributing departments for their share (a value typed before the question was
   * withdrawn is dropped rather than refused: the form no longer shows it).
   */
  private async allowedValues(
    report: Pick<Report, 'goalId' | 'indicatorValues'>,
    reportsAs: Report['reportsAs'],
  ): Promise<Report['indicatorValues']> {
    if (reportsAs !== 'contributor') return report.indicatorValues;
    const goal = await this.store.get('goals', report.goalId);
    return goal?.['contributorsReportValues'] === true ? report.indicatorValues : [];
  }

  private async validate(kind: EntityKind, record: AnyRecord, forSubmit: boolean): Promise<void> {
    let errors: FieldErrors;
    if (kind === 'reports') {
      const report = record as unknown as Report;
      const indicators = await this.store.where('indicators', 'goalId', report.goalId);
      errors = validateReport(report, indicators as never, forSubmit);
      const period = await this.store.get('periods', report.periodId);
      if (period && !isEditable(report, period as never)) throw new PermissionDenied('update', kind);
    } else {
      errors = RECORD_VALIDATORS[kind](record as never);
    }
    if (hasErrors(errors)) throw new ValidationFailed(errors);
  }

  private async conflict(current: AnyRecord): Promise<VersionConflict> {
    const by = await this.store.get('members', current.updatedBy);
    return new VersionConflict(
      (by?.['name'] as string | undefined) ?? current.updatedBy,
      current.updatedAt,
      current.version,
      current,
    );
  }

  private async record(
    action: AuditAction,
    entity: EntityKind,
    entityId: Id,
    before: AnyRecord | Report | null,
    after: AnyRecord | Report | null,
    comment = '',
  ): Promise<void> {
    const member = this.member;
    const entry: AuditEntry = {
      id: this.context.newId('audit'),
      orgId: member.orgId,
      at: this.context.now().toISOString(),
      by: member.id,
      byName: member.name,
      action,
      entity,
      entityId,
      before,
      after,
      comment,
    };
    await this.store.audit(entry, after ? after.version : (before?.version ?? 0) + 1);
  }
}

function withoutStamps(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).filter(([key]) => !STAMP_FIELDS.includes(key as keyof Stamped)),
  );
}

/**
 * The five writing calls of the port, each one unit of work through the write engine; an adapter
 * says how a unit of work runs (a Dexie transaction, a Firestore transaction or queued batch).
 */
export abstract class EngineWrites {
  protected abstract write<T>(work: (engine: WriteEngine) => Promise<T>): Promise<T>;

  create<K extends EntityKind>(kind: K, draft: Draft<EntityMap[K]>): Promise<EntityMap[K]> {
    return this.write((engine) => engine.create(kind, draft));
  }

  update<K extends EntityKind>(
    kind: K,
    id: Id,
    expectedVersion: number,
    patch: Patch<EntityMap[K]>,
  ): Promise<EntityMap[K]> {
    return this.write((engine) => engine.update(kind, id, expectedVersion, patch));
  }

  remove(kind: EntityKind, id: Id, expectedVersion: number): Promise<void> {
    return this.write((engine) => engine.remove(kind, id, expectedVersion));
  }

  batch(ops: readonly WriteOp[]): Promise<void> {
    return this.write((engine) => engine.batch(ops));
  }

  transition(id: Id, expectedVersion: number, transition: ReportTransition, comment = ''): Promise<Report> {
    return this.write((engine) => engine.transition(id, expectedVersion, transition, comment));
  }
}
