import { BatchFailed, NotFound, PermissionDenied, ValidationFailed, VersionConflict } from '../domain/errors';
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
} from '../domain/model';
import { Action, can } from '../domain/policy';
import { hasErrors, validateRecord } from '../domain/validation';
import { ReportRules } from './report-rules';
import { resourceOf } from './resource-of';
import { WriteOp } from './backend';

/** A stored record of any kind, as storage adapters handle them (by field name). */
export type AnyRecord = Stamped & Record<string, unknown>;

/**
 * What the write rules need from a store, inside one all-or-nothing unit of work (a Dexie
 * transaction, a Firestore transaction). Reads see the unit's own earlier writes. Records come
 * back as the domain's types: what is stored was written through these rules.
 */
export interface WriteStore {
  get<K extends EntityKind>(kind: K, id: Id): Promise<EntityMap[K] | undefined>;
  /**
   * Records of `kind` whose fields equal `match`'s values, in the signed-in person's organisation.
   * Ask as narrowly as the person may read: Firestore refuses a query whose every answer the rules
   * would not let them read (a department head's reports: by department as well as by goal).
   */
  where<K extends EntityKind>(kind: K, match: FieldMatch): Promise<EntityMap[K][]>;
  put<K extends EntityKind>(kind: K, record: EntityMap[K]): Promise<void>;
  delete(kind: EntityKind, id: Id): Promise<void>;
  /** Records a change; `version` is the version the change produced (or would have, for a removal). */
  audit(entry: AuditEntry, version: number): Promise<void>;
}

/** Fields and the values they must equal (`{ goalId: 'g1', departmentId: 'uaf' }`). */
export type FieldMatch = Readonly<Record<string, string>>;

/** Whether a record's fields equal every value of `match`. */
export function matches(record: object, match: FieldMatch): boolean {
  return Object.entries(match).every(
    ([field, value]) => (record as Record<string, unknown>)[field] === value,
  );
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
 * The write rules every backend applies, whatever it stores in: the policy, validation,
 * optimistic concurrency (the version a write was based on), stamps, dependents, the report
 * workflow (report-rules.ts) and an audit entry per change. One engine per unit of work.
 */
export class WriteEngine {
  private readonly reports: ReportRules;

  constructor(
    private readonly store: WriteStore,
    private readonly context: WriteContext,
  ) {
    this.reports = new ReportRules(store);
  }

  private get member(): Member {
    return this.context.member;
  }

  async create<K extends EntityKind>(kind: K, draft: Draft<EntityMap[K]>): Promise<EntityMap[K]> {
    const member = this.member;
    const at = this.context.now().toISOString();
    const stamped = {
      ...withoutStamps(draft),
      id: (draft as { id?: Id }).id ?? this.context.newId(kind),
      orgId: member.orgId,
      version: 1,
      createdAt: at,
      createdBy: member.id,
      updatedAt: at,
      updatedBy: member.id,
    };
    // A draft with its stamps is a record of its kind; a report is made from its subject.
    const record: Stored =
      kind === 'reports'
        ? this.stampClient(await this.reports.prepare(stamped as Report))
        : (stamped as Stored);
    await this.authorize('create', kind, record);
    await this.validate(kind, record);
    const existing = await this.store.get(kind, record.id);
    if (existing) throw await this.conflict(existing);
    await this.store.put(kind, record as EntityMap[K]);
    await this.record('create', kind, record.id, null, record);
    return record as EntityMap[K];
  }

  async update<K extends EntityKind>(
    kind: K,
    id: Id,
    expectedVersion: number,
    patch: Patch<EntityMap[K]>,
  ): Promise<EntityMap[K]> {
    const member = this.member;
    const existing: Stored = await this.existing(kind, id);
    await this.authorize('update', kind, existing);
    if (existing.version !== expectedVersion) throw await this.conflict(existing);
    let changes = withoutStamps(patch);
    if (kind === 'reports') {
      changes = Object.fromEntries(
        Object.entries(changes).filter(([key]) => REPORT_CONTENT.includes(key as keyof Report)),
      );
      if ('indicatorValues' in changes) {
        const report = { ...existing, ...changes } as Report;
        changes['indicatorValues'] = await this.reports.allowedValues(report, report.reportsAs);
      }
    }
    if (kind === 'goals' || kind === 'indicators' || kind === 'activities' || kind === 'focusAreas') {
      delete changes['planId'];
    }
    const changed = {
      ...existing,
      ...changes,
      version: existing.version + 1,
      updatedAt: this.context.now().toISOString(),
      updatedBy: member.id,
    } as Stored;
    const updated = kind === 'reports' ? this.stampClient(changed as Report) : changed;
    await this.validate(kind, updated);
    await this.store.put(kind, updated as EntityMap[K]);
    await this.record('update', kind, id, existing, updated);
    return updated as EntityMap[K];
  }

  async remove(kind: EntityKind, id: Id, expectedVersion: number): Promise<void> {
    const existing = await this.existing(kind, id);
    await this.authorize('delete', kind, existing);
    if (existing.version !== expectedVersion) throw await this.conflict(existing);
    for (const [dependent, field] of DEPENDENTS[kind] ?? []) {
      const count = (await this.store.where(dependent, { [field]: id })).length;
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
        if (write.op === 'create') await this.create<EntityKind>(write.kind, write.draft);
        else if (write.op === 'update')
          await this.update<EntityKind>(write.kind, write.id, write.expectedVersion, write.patch);
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
    const existing = await this.existing('reports', id);
    const at = this.context.now().toISOString();
    const next = await this.reports.transitioned(this.member, existing, transition, comment, at);
    if (existing.version !== expectedVersion) throw await this.conflict(existing);
    const updated = this.stampClient(next);
    await this.store.put('reports', updated);
    await this.record(transition, 'reports', id, existing, updated, comment.trim());
    return updated;
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** A report records the tab it was last changed in (a caller cannot set it). */
  private stampClient(report: Report): Report {
    const stamped: Report = { ...report, updatedIn: this.context.clientId };
    if (!this.context.clientId) delete stamped.updatedIn;
    return stamped;
  }

  private async existing<K extends EntityKind>(kind: K, id: Id): Promise<EntityMap[K]> {
    const record = await this.store.get(kind, id);
    if (!record || record.orgId !== this.member.orgId) throw new NotFound(kind, id);
    return record;
  }

  private async authorize(action: Action, kind: EntityKind, record: Stored): Promise<void> {
    const resource =
      kind === 'reports' ? await this.reports.resourceOf(record as Report) : resourceOf(kind, record);
    if (!can(this.member, action, resource)) throw new PermissionDenied(action, kind);
  }

  private async validate(kind: EntityKind, record: Stored): Promise<void> {
    if (kind === 'reports') return this.reports.validate(record as Report, false);
    const errors = validateRecord(kind, record);
    if (hasErrors(errors)) throw new ValidationFailed(errors);
  }

  private async conflict(current: Stored): Promise<VersionConflict> {
    const by = await this.store.get('members', current.updatedBy);
    return new VersionConflict(by?.name ?? current.updatedBy, current.updatedAt, current.version, current);
  }

  private async record(
    action: AuditAction,
    entity: EntityKind,
    entityId: Id,
    before: Stored | null,
    after: Stored | null,
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

/** A record of any kind, as the engine handles them between reading and writing. */
type Stored = EntityMap[EntityKind];

function withoutStamps(input: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).filter(([key]) => !STAMP_FIELDS.includes(key as keyof Stamped)),
  );
}
