import { liveQuery, Table } from 'dexie';
import {
  BehaviorSubject,
  combineLatest,
  finalize,
  from,
  map,
  Observable,
  of,
  shareReplay,
  switchMap,
} from 'rxjs';
import { PermissionDenied } from '../../domain/errors';
import { AuditEntry, EntityKind, EntityMap, Id, Member, Period, Report } from '../../domain/model';
import { can, canReview } from '../../domain/policy';
import { PlanSummary, summariesOf } from '../../domain/plan-summary';
import { outlinesOf } from '../../domain/goal-outline';
import { bySubmission } from '../../domain/review-queue';
import { GoalsRead, Query, Session } from '../backend';
import { resourceOf } from '../resource-of';
import { AnyRecord } from '../write-engine';
import { KompassDb } from './kompass-db';

/** For a reports query without a department and period, the field whose index narrows it most. */
const NARROWEST_FIRST = ['goalId', 'planId', 'departmentId', 'periodId'];

/**
 * The embedded backend's reads: live queries (Dexie's `liveQuery`, across tabs) as the signed-in
 * person, each through the narrowest index there is, and only what the policy lets them read.
 */
export class DexieReads {
  private readonly session$: Observable<Session | null>;
  private readonly periodReads = new Map<string, Observable<Report[]>>();

  constructor(
    private readonly db: KompassDb,
    private readonly session: BehaviorSubject<Session | null>,
    private readonly now: () => Date,
  ) {
    this.session$ = session.asObservable();
  }

  private member(): Member {
    const member = this.session.value?.member;
    if (!member) throw new PermissionDenied('read', 'session');
    return member;
  }

  private table(kind: EntityKind): Table<AnyRecord, string> {
    return this.db.table(kind);
  }

  watch<K extends EntityKind>(kind: K, query: Query<K> = {}): Observable<EntityMap[K][]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session) return of([] as EntityMap[K][]);
        const where = Object.entries(query.where ?? {}).filter(([, v]) => v !== undefined);
        if (kind === 'reports' && where.length === 1 && where[0][0] === 'periodId') {
          // A period's reports: the read the dashboards' summaries share.
          const member = session.member;
          return combineLatest([
            this.periodReports(member.orgId, where[0][1] as Id),
            from(liveQuery(() => this.periodMap(member.orgId))),
          ]).pipe(
            map(([reports, periods]) => reports.filter((r) => this.readable(member, 'reports', r, periods))),
          ) as Observable<EntityMap[K][]>;
        }
        return from(liveQuery(() => this.query(kind, query, session.member)));
      }),
    );
  }

  /**
   * One live read of a period's reports, shared by everyone watching it: the store's reports of
   * the recent periods and the overview's summaries of the same periods read them once.
   */
  private periodReports(orgId: Id, periodId: Id): Observable<Report[]> {
    const key = `${orgId}|${periodId}`;
    let read = this.periodReads.get(key);
    if (!read) {
      read = from(
        liveQuery(() =>
          this.db.reports
            .where('periodId')
            .equals(periodId)
            .filter((r) => r.orgId === orgId)
            .toArray(),
        ),
      ).pipe(
        finalize(() => this.periodReads.delete(key)),
        shareReplay({ bufferSize: 1, refCount: true }),
      );
      this.periodReads.set(key, read);
    }
    return read;
  }

  watchReviewQueue(periodIds: readonly Id[], limit: number): Observable<Report[]> {
    return this.session$.pipe(
      switchMap((session) => {
        const member = session?.member;
        if (!member || !canReview(member) || periodIds.length === 0) return of([] as Report[]);
        return combineLatest(periodIds.map((periodId) => this.periodReports(member.orgId, periodId))).pipe(
          map((groups) =>
            groups
              .flat()
              .filter((r) => r.state === 'submitted')
              .sort(bySubmission)
              .slice(0, limit),
          ),
        );
      }),
    );
  }

  watchSummaries(periodIds: readonly Id[]): Observable<PlanSummary[]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session || periodIds.length === 0) return of([] as PlanSummary[]);
        const orgId = session.member.orgId;
        // Only submitted and approved reports count, and every member may read those.
        return combineLatest(periodIds.map((periodId) => this.periodReports(orgId, periodId))).pipe(
          map((groups) => summariesOf(orgId, groups.flat(), this.now().toISOString())),
        );
      }),
    );
  }

  watchGoals(): Observable<GoalsRead> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session) return of({ goals: [], documents: 0 });
        const { member } = session;
        return from(liveQuery(() => this.query('goals', {}, member))).pipe(
          map((goals) => {
            // The goals themselves, counted as what Firebase reads: the plans' outlines, made the same way.
            const parts = outlinesOf(member.orgId, goals, this.now().toISOString());
            return { goals, documents: parts.length };
          }),
        );
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
      // Use the narrowest index there is (a department's period, a goal, a plan), filter the rest in memory.
      const asked = new Map(where);
      const reports = kind === 'reports';
      const field = (reports && NARROWEST_FIRST.find((f) => asked.has(f))) || where[0][0];
      const rowsOf =
        reports && asked.has('periodId') && asked.has('departmentId')
          ? table
              .where('[periodId+departmentId]')
              .equals([asked.get('periodId')!, asked.get('departmentId')!])
          : table.where(field).equals(asked.get(field)!);
      rows = (await rowsOf.toArray()).filter(
        (r) => r.orgId === member.orgId && where.every(([f, v]) => r[f] === v),
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
    const periodState = kind === 'reports' ? periods?.get((record as Report).periodId)?.state : undefined;
    return can(member, 'read', resourceOf(kind, record, periodState));
  }

  history(kind: EntityKind, id: Id): Observable<AuditEntry[]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session) return of([] as AuditEntry[]);
        return from(
          liveQuery(async () => {
            const record = await this.get(kind, id);
            // Who may read the record may not read its history (firestore.rules hold the same).
            const audit = {
              kind: 'audit' as const,
              reportOf: kind === 'reports' ? (record as Report) : undefined,
            };
            if (!record || !can(session.member, 'read', audit)) return [];
            const entries = await this.db.audit.where('entityId').equals(id).toArray();
            return entries
              .filter((e) => e.entity === kind)
              .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
          }),
        );
      }),
    );
  }
}
