import { liveQuery, Table } from 'dexie';
import { BehaviorSubject, from, Observable, of, switchMap } from 'rxjs';
import {
  BatchFailed,
  InvalidTransition,
  NotFound,
  PermissionDenied,
  SignInFailed,
  ValidationFailed,
  VersionConflict,
} from '../../domain/errors';
import {
  AuditAction,
  AuditEntry,
  Draft,
  EntityKind,
  EntityMap,
  Id,
  Member,
  Patch,
  Period,
  Report,
  ReportTransition,
  Stamped,
  reportId,
} from '../../domain/model';
import { Action, can, Resource } from '../../domain/policy';
import {
  FieldErrors,
  hasErrors,
  validateActivity,
  validateComment,
  validateDepartment,
  validateFocusArea,
  validateGoal,
  validateIndicator,
  validateMeasurement,
  validateMember,
  validatePeriod,
  validatePlan,
  validateReport,
} from '../../domain/validation';
import { isEditable, needsComment, nextState, statesAllowing } from '../../domain/workflow';
import { Backend, DemoPerson, Query, Session, WriteOp } from '../backend';
import { buildDemoSeed, DemoSeed } from './demo-seed';
import { KompassDb } from './kompass-db';

export interface LocalBackendOptions {
  /** IndexedDB database name; tests use their own. */
  dbName?: string;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** The demo data written on first start and on reset. */
  seed?: (today: Date) => DemoSeed;
}

type AnyRecord = Stamped & Record<string, unknown>;

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

const VALIDATORS: Record<Exclude<EntityKind, 'reports'>, (record: never) => FieldErrors> = {
  departments: validateDepartment,
  members: validateMember,
  plans: validatePlan,
  focusAreas: validateFocusArea,
  goals: validateGoal,
  indicators: validateIndicator,
  activities: validateActivity,
  measurements: validateMeasurement,
  periods: validatePeriod,
};

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

const SEED_KEY = 'seededAt';

/**
 * The embedded backend: everything in the browser's IndexedDB (through Dexie), persistent across
 * reloads, live across tabs, and enforcing the domain policy and validation on every call —
 * a call from the console is checked exactly like one from the UI.
 */
export class LocalBackend implements Backend {
  readonly kind = 'local' as const;
  readonly signInMethod = 'demo' as const;
  /** The embedded backend has demo people, not accounts. */
  readonly account$ = of(null);
  private readonly db: KompassDb;
  private readonly now: () => Date;
  private readonly seed: (today: Date) => DemoSeed;
  private readonly sessionKey: string;
  private readonly session = new BehaviorSubject<Session | null>(null);
  private ready: Promise<void> | null = null;

  readonly session$ = this.session.asObservable();

  constructor(options: LocalBackendOptions = {}) {
    const dbName = options.dbName ?? 'kompass';
    this.db = new KompassDb(dbName);
    this.now = options.now ?? (() => new Date());
    this.seed = options.seed ?? buildDemoSeed;
    this.sessionKey = `${dbName}.session`;
    if (typeof window !== 'undefined') {
      // Signing in or out in another tab applies here too.
      window.addEventListener('storage', (event) => {
        if (event.key === this.sessionKey) void this.restoreSession();
      });
    }
  }

  /** Seeds the demo on first start. */
  init(): Promise<void> {
    this.ready ??= this.db.transaction('rw', this.db.tables, async () => {
      if (!(await this.db.meta.get(SEED_KEY))) await this.writeSeed();
    });
    return this.ready;
  }

  /** Closes and deletes the database (tests). */
  async destroy(): Promise<void> {
    this.db.close();
    await this.db.delete();
  }

  // ---- session ----------------------------------------------------------------------------

  async restoreSession(): Promise<Session | null> {
    await this.init();
    const memberId = this.storage()?.getItem(this.sessionKey) ?? null;
    const session = memberId ? await this.sessionFor(memberId) : null;
    if (!session && memberId) this.storage()?.removeItem(this.sessionKey);
    this.session.next(session);
    return session;
  }

  signInWithPassword(): Promise<Session | null> {
    return Promise.reject(new SignInFailed('not-available'));
  }

  signInWithMicrosoft(): Promise<Session | null> {
    return Promise.reject(new SignInFailed('not-available'));
  }

  sendPasswordReset(): Promise<void> {
    return Promise.reject(new SignInFailed('not-available'));
  }

  async demoPeople(): Promise<DemoPerson[]> {
    await this.init();
    const [members, departments] = await Promise.all([
      this.db.members.toArray(),
      this.db.departments.toArray(),
    ]);
    const departmentName = new Map(departments.map((d) => [d.id, d.name]));
    return members
      .filter((m) => m.active)
      .map((m) => ({
        memberId: m.id,
        name: m.name,
        title: m.title,
        roles: m.roles,
        departmentNames: m.departmentIds.map((id) => departmentName.get(id) ?? id),
      }));
  }

  async signInAs(memberId: Id): Promise<Session> {
    await this.init();
    const session = await this.sessionFor(memberId);
    if (!session) throw new PermissionDenied('sign-in', 'members');
    this.storage()?.setItem(this.sessionKey, memberId);
    this.session.next(session);
    return session;
  }

  async signOut(): Promise<void> {
    this.storage()?.removeItem(this.sessionKey);
    this.session.next(null);
  }

  private async sessionFor(memberId: Id): Promise<Session | null> {
    const member = await this.db.members.get(memberId);
    if (!member || !member.active || member.roles.length === 0) return null;
    const organisation = await this.db.organisations.get(member.orgId);
    return organisation ? { member, organisation } : null;
  }

  private storage(): Storage | null {
    try {
      return typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      return null;
    }
  }

  private member(): Member {
    const member = this.session.value?.member;
    if (!member) throw new PermissionDenied('read', 'session');
    return member;
  }

  // ---- reading ----------------------------------------------------------------------------

  watch<K extends EntityKind>(kind: K, query: Query<K> = {}): Observable<EntityMap[K][]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session) return of([] as EntityMap[K][]);
        return from(liveQuery(() => this.query(kind, query, session.member)));
      }),
    );
  }

  async get<K extends EntityKind>(kind: K, id: Id): Promise<EntityMap[K] | null> {
    const member = this.member();
    const record = (await this.table(kind).get(id)) as EntityMap[K] | undefined;
    if (!record || record.orgId !== member.orgId) return null;
    const periods = kind === 'reports' ? await this.periodMap(member.orgId) : undefined;
    return this.readable(member, kind, record, periods) ? record : null;
  }

  private async query<K extends EntityKind>(
    kind: K,
    query: Query<K>,
    member: Member,
  ): Promise<EntityMap[K][]> {
    const table = this.table(kind);
    const where = Object.entries(query.where ?? {}).filter(([, v]) => v !== undefined) as [string, string][];
    let rows: AnyRecord[];
    if (where.length > 0) {
      // Use the first field's index, filter the rest in memory.
      const [[field, value], ...rest] = where;
      rows = (await table.where(field).equals(value).toArray()).filter(
        (r) => r.orgId === member.orgId && rest.every(([f, v]) => r[f] === v),
      );
    } else {
      rows = await table.where('orgId').equals(member.orgId).toArray();
    }
    const periods = kind === 'reports' ? await this.periodMap(member.orgId) : undefined;
    return (rows as unknown as EntityMap[K][]).filter((r) => this.readable(member, kind, r, periods));
  }

  private async periodMap(orgId: Id): Promise<Map<Id, Period>> {
    const periods = await this.db.periods.where('orgId').equals(orgId).toArray();
    return new Map(periods.map((p) => [p.id, p]));
  }

  private readable<K extends EntityKind>(
    member: Member,
    kind: K,
    record: EntityMap[K],
    periods?: Map<Id, Period>,
  ): boolean {
    return can(member, 'read', this.resourceOf(kind, record, periods));
  }

  private resourceOf(kind: EntityKind, record: unknown, periods?: Map<Id, Period>): Resource {
    if (kind === 'reports') {
      const report = record as Report;
      const period = periods?.get(report.periodId);
      return { kind, report, period: { state: period?.state ?? 'closed' } };
    }
    if (kind === 'plans') return { kind, plan: record as EntityMap['plans'] };
    return { kind } as Resource;
  }

  history(kind: EntityKind, id: Id): Observable<AuditEntry[]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session) return of([] as AuditEntry[]);
        return from(
          liveQuery(async () => {
            if (!(await this.get(kind, id))) return [];
            const entries = await this.db.audit.where('entityId').equals(id).toArray();
            return entries
              .filter((e) => e.entity === kind)
              .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
          }),
        );
      }),
    );
  }

  // ---- writing ----------------------------------------------------------------------------

  async create<K extends EntityKind>(kind: K, draft: Draft<EntityMap[K]>): Promise<EntityMap[K]> {
    const member = this.member();
    return this.db.transaction('rw', this.db.tables, async () => {
      const at = this.now().toISOString();
      const base = this.withoutStamps(draft as Record<string, unknown>);
      let record = {
        ...base,
        id: (draft as { id?: Id }).id ?? this.newId(kind),
        orgId: member.orgId,
        version: 1,
        createdAt: at,
        createdBy: member.id,
        updatedAt: at,
        updatedBy: member.id,
      } as AnyRecord;
      if (kind === 'reports') record = (await this.prepareNewReport(record)) as unknown as AnyRecord;
      await this.authorize(member, 'create', kind, record);
      await this.validate(kind, record, false);
      const existing = (await this.table(kind).get(record.id)) as AnyRecord | undefined;
      if (existing) throw await this.conflict(existing);
      await this.table(kind).add(record);
      await this.record(member, 'create', kind, record.id, null, record);
      return record as unknown as EntityMap[K];
    });
  }

  async update<K extends EntityKind>(
    kind: K,
    id: Id,
    expectedVersion: number,
    patch: Patch<EntityMap[K]>,
  ): Promise<EntityMap[K]> {
    const member = this.member();
    return this.db.transaction('rw', this.db.tables, async () => {
      const existing = await this.existing(kind, id, member);
      await this.authorize(member, 'update', kind, existing);
      if (existing.version !== expectedVersion) throw await this.conflict(existing);
      let changes = this.withoutStamps(patch as Record<string, unknown>);
      if (kind === 'reports') {
        changes = Object.fromEntries(
          Object.entries(changes).filter(([key]) => REPORT_CONTENT.includes(key as keyof Report)),
        );
      }
      if (kind === 'goals' || kind === 'indicators' || kind === 'activities' || kind === 'focusAreas') {
        delete changes['planId'];
      }
      const updated = {
        ...existing,
        ...changes,
        version: existing.version + 1,
        updatedAt: this.now().toISOString(),
        updatedBy: member.id,
      };
      await this.validate(kind, updated, false);
      await this.table(kind).put(updated);
      await this.record(member, 'update', kind, id, existing, updated);
      return updated as unknown as EntityMap[K];
    });
  }

  async remove(kind: EntityKind, id: Id, expectedVersion: number): Promise<void> {
    const member = this.member();
    await this.db.transaction('rw', this.db.tables, async () => {
      const existing = await this.existing(kind, id, member);
      await this.authorize(member, 'delete', kind, existing);
      if (existing.version !== expectedVersion) throw await this.conflict(existing);
      for (const [dependent, field] of DEPENDENTS[kind] ?? []) {
        const count = await this.table(dependent).where(field).equals(id).count();
        if (count > 0)
          throw new ValidationFailed({
            _: { code: kind === 'departments' ? 'inUse' : 'notEmpty', params: { count, kind: dependent } },
          });
      }
      await this.table(kind).delete(id);
      await this.record(member, 'delete', kind, id, existing, null);
    });
  }

  async batch(ops: readonly WriteOp[]): Promise<void> {
    this.member();
    await this.db.transaction('rw', this.db.tables, async () => {
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
    });
  }

  async transition(
    id: Id,
    expectedVersion: number,
    transition: ReportTransition,
    comment = '',
  ): Promise<Report> {
    const member = this.member();
    return this.db.transaction('rw', this.db.tables, async () => {
      const existing = (await this.existing('reports', id, member)) as unknown as Report;
      const period = await this.db.periods.get(existing.periodId);
      const resource: Resource = {
        kind: 'reports',
        report: existing,
        period: { state: period?.state ?? 'closed' },
      };
      const next = nextState(existing.state, transition);
      if (!can(member, transition, resource)) {
        // Someone who could take this step from another state is told why it is refused now.
        const fromValidState = { ...resource, report: { ...existing, state: statesAllowing(transition)[0] } };
        if (next === null && can(member, transition, fromValidState)) {
          throw new InvalidTransition(existing.state, transition);
        }
        throw new PermissionDenied(transition, 'reports');
      }
      if (existing.version !== expectedVersion) throw await this.conflict(existing as unknown as AnyRecord);
      if (transition === 'submit') {
        const indicators = await this.db.indicators.where('goalId').equals(existing.goalId).toArray();
        const errors = validateReport(existing, indicators, true);
        if (hasErrors(errors)) throw new ValidationFailed(errors);
      }
      if (needsComment(transition)) {
        const errors = validateComment(comment);
        if (hasErrors(errors)) throw new ValidationFailed(errors);
      }
      const at = this.now().toISOString();
      const updated: Report = {
        ...existing,
        state: next!,
        version: existing.version + 1,
        updatedAt: at,
        updatedBy: member.id,
        ...(transition === 'submit'
          ? { submittedAt: at, submittedBy: member.id, returnComment: '', decidedAt: null, decidedBy: null }
          : {
              decidedAt: at,
              decidedBy: member.id,
              returnComment: needsComment(transition) ? comment.trim() : '',
            }),
      };
      await this.db.reports.put(updated);
      await this.record(member, transition, 'reports', id, existing, updated, comment.trim());
      return updated;
    });
  }

  async resetDemo(): Promise<void> {
    await this.db.transaction('rw', this.db.tables, async () => {
      await Promise.all(this.db.tables.map((t) => t.clear()));
      await this.writeSeed();
    });
    await this.restoreSession();
  }

  // ---- helpers ----------------------------------------------------------------------------

  private async writeSeed(): Promise<void> {
    const seed = this.seed(this.now());
    await this.db.organisations.put(seed.organisation);
    await this.db.departments.bulkPut(seed.departments);
    await this.db.members.bulkPut(seed.members);
    await this.db.plans.bulkPut(seed.plans);
    await this.db.focusAreas.bulkPut(seed.focusAreas);
    await this.db.goals.bulkPut(seed.goals);
    await this.db.indicators.bulkPut(seed.indicators);
    await this.db.activities.bulkPut(seed.activities);
    await this.db.measurements.bulkPut(seed.measurements);
    await this.db.periods.bulkPut(seed.periods);
    await this.db.reports.bulkPut(seed.reports);
    await this.db.audit.bulkPut(seed.audit);
    await this.db.meta.put({ key: SEED_KEY, value: this.now().toISOString() });
  }

  private table(kind: EntityKind): Table<AnyRecord, string> {
    return this.db.table(kind);
  }

  private async existing(kind: EntityKind, id: Id, member: Member): Promise<AnyRecord> {
    const record = (await this.table(kind).get(id)) as AnyRecord | undefined;
    if (!record || record.orgId !== member.orgId) throw new NotFound(kind, id);
    return record;
  }

  private withoutStamps(input: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(input).filter(([key]) => !STAMP_FIELDS.includes(key as keyof Stamped)),
    );
  }

  private newId(kind: EntityKind): Id {
    const random =
      typeof crypto !== 'undefined' && 'randomUUID' in crypto
        ? crypto.randomUUID()
        : `${Date.now()}-${Math.random()}`;
    return `${kind}-${random}`;
  }

  /** A new report is always a draft; its ids and plan come from its subject, not from the caller. */
  private async prepareNewReport(record: AnyRecord): Promise<Report> {
    const draft = record as unknown as Report;
    const subjectType = draft.subjectType === 'activity' ? 'activity' : 'goal';
    let goalId: Id | undefined;
    if (subjectType === 'activity') goalId = (await this.db.activities.get(draft.subjectId ?? ''))?.goalId;
    else goalId = (await this.db.goals.get(draft.subjectId ?? ''))?.id;
    const goal = goalId ? await this.db.goals.get(goalId) : undefined;
    const period = await this.db.periods.get(draft.periodId ?? '');
    const department = await this.db.departments.get(draft.departmentId ?? '');
    const errors: FieldErrors = {};
    if (!goal || goal.orgId !== draft.orgId) errors['subjectId'] = { code: 'unknownReference' };
    if (!period || period.orgId !== draft.orgId) errors['periodId'] = { code: 'unknownReference' };
    if (!department || department.orgId !== draft.orgId)
      errors['departmentId'] = { code: 'unknownReference' };
    if (hasErrors(errors)) throw new ValidationFailed(errors);
    return {
      ...draft,
      id: reportId(draft.periodId, subjectType, draft.subjectId, draft.departmentId),
      subjectType,
      goalId: goal!.id,
      planId: goal!.planId,
      status: draft.status ?? 'not-started',
      progress: draft.progress ?? null,
      indicatorValues: draft.indicatorValues ?? [],
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

  private async authorize(
    member: Member,
    action: Action,
    kind: EntityKind,
    record: AnyRecord,
  ): Promise<void> {
    let resource: Resource;
    if (kind === 'reports') {
      const report = record as unknown as Report;
      const period = await this.db.periods.get(report.periodId);
      resource = { kind, report, period: { state: period?.state ?? 'closed' } };
    } else {
      resource = this.resourceOf(kind, record);
    }
    if (!can(member, action, resource)) throw new PermissionDenied(action, kind);
  }

  private async validate(kind: EntityKind, record: AnyRecord, forSubmit: boolean): Promise<void> {
    let errors: FieldErrors;
    if (kind === 'reports') {
      const report = record as unknown as Report;
      const indicators = await this.db.indicators.where('goalId').equals(report.goalId).toArray();
      errors = validateReport(report, indicators, forSubmit);
      const period = await this.db.periods.get(report.periodId);
      if (period && !isEditable(report, period)) throw new PermissionDenied('update', kind);
    } else {
      errors = VALIDATORS[kind](record as never);
    }
    if (hasErrors(errors)) throw new ValidationFailed(errors);
  }

  private async conflict(current: AnyRecord): Promise<VersionConflict> {
    const by = await this.db.members.get(current.updatedBy);
    return new VersionConflict(by?.name ?? current.updatedBy, current.updatedAt, current.version, current);
  }

  private async record(
    member: Member,
    action: AuditAction,
    entity: EntityKind,
    entityId: Id,
    before: unknown,
    after: unknown,
    comment = '',
  ): Promise<void> {
    const entry: AuditEntry = {
      id: this.newId('audit' as EntityKind),
      orgId: member.orgId,
      at: this.now().toISOString(),
      by: member.id,
      byName: member.name,
      action,
      entity,
      entityId,
      before,
      after,
      comment,
    };
    await this.db.audit.add(entry);
  }
}
