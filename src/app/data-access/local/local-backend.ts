import { Table } from 'dexie';
import { BehaviorSubject, Observable } from 'rxjs';
import { PermissionDenied } from '../../domain/errors';
import { AuditEntry, EntityKind, EntityMap, Id, Member, Report, ReportTransition } from '../../domain/model';
import { canExportData } from '../../domain/policy';
import { assembleExport, DataExport, EXPORT_COLLECTIONS } from '../../domain/data-export';
import { PlanSummary } from '../../domain/plan-summary';
import {
  Adapter,
  DemoPerson,
  DemoSignIn,
  ExportPort,
  GoalsRead,
  Query,
  RecordsPort,
  Session,
  SessionPort,
} from '../backend';
import { EngineWrites } from '../engine-writes';
import { matches, WriteEngine, WriteStore } from '../write-engine';
import { tabClientId } from '../client-id';
import { buildDemoSeed, DemoSeed } from './demo-seed';
import { LocalPublishing } from './local-publishing';
import { LocalNotices } from './local-notices';
import { SEED_KEY, writeSeed } from './write-seed';
import { KompassDb } from './kompass-db';
import { DexieReads } from './dexie-reads';

export interface LocalBackendOptions {
  /** IndexedDB database name; tests use their own. */
  dbName?: string;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** The demo data written on first start and on reset. */
  seed?: (today: Date) => DemoSeed;
  /** This tab's id (tests give two backends two tabs); see `tabClientId`. */
  clientId?: string;
  /**
   * Test-only: holds up every write this long before and after its transaction, as a slow
   * laptop's disk would (the e2e suite's slow-machine project sets `kompass.slowWritesMs`).
   */
  slowWritesMs?: number;
}

/** The e2e suite's switch for slow writes; 0 (off) unless a test set it. */
function slowWritesSwitch(): number {
  try {
    return Number(globalThis.localStorage?.getItem('kompass.slowWritesMs') ?? 0) || 0;
  } catch {
    return 0;
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` when the browser has nothing else to do (at the latest after 5 s). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 5000 });
  else setTimeout(work, 0);
}

/**
 * The embedded backend: everything in the browser's IndexedDB (through Dexie), persistent across
 * reloads, live across tabs, and enforcing the domain policy and validation on every call —
 * a call from the console is checked exactly like one from the UI.
 */
export class LocalBackend extends EngineWrites implements SessionPort, DemoSignIn, RecordsPort, ExportPort {
  readonly clientId: string;
  private readonly slowWritesMs: number;
  private readonly db: KompassDb;
  private readonly now: () => Date;
  private readonly reads: DexieReads;
  private readonly publishing: LocalPublishing;
  private readonly notices: LocalNotices;
  private readonly seed: (today: Date) => DemoSeed;
  private readonly sessionKey: string;
  private readonly session = new BehaviorSubject<Session | null>(null);
  private ready: Promise<void> | null = null;

  readonly session$ = this.session.asObservable();

  constructor(options: LocalBackendOptions = {}) {
    super();
    const dbName = options.dbName ?? 'kompass';
    this.db = new KompassDb(dbName);
    this.now = options.now ?? (() => new Date());
    this.seed = options.seed ?? buildDemoSeed;
    this.clientId = options.clientId ?? tabClientId();
    this.slowWritesMs = options.slowWritesMs ?? slowWritesSwitch();
    this.sessionKey = `${dbName}.session`;
    this.reads = new DexieReads(this.db, this.session, this.now);
    this.notices = new LocalNotices(this.db, this.session, this.now);
    this.publishing = new LocalPublishing(this.db, this.session, this.now, (planId, periodId) =>
      this.notices.published(planId, periodId),
    );
    // What the day's deadlines ask for, when someone signs in or comes back: once the first page
    // has drawn (the browser is idle), so that it never slows the page being opened.
    this.session.subscribe((session) => {
      if (!session) return;
      whenIdle(() => {
        // Signed out (or closed) meanwhile: nothing to do.
        if (!this.session.value) return;
        void this.notices.refresh().catch((error: unknown) => {
          // Closed while it ran (the page going away, or a test's end): nothing was half-written.
          if ((error as { name?: string } | null)?.name !== 'DatabaseClosedError') console.error(error);
        });
      });
    });
    if (typeof window !== 'undefined') {
      // Signing in or out in another tab applies here too.
      window.addEventListener('storage', (event) => {
        if (event.key === this.sessionKey) void this.restoreSession();
      });
    }
  }

  /** Its jobs: sessions, demo people, records and export; no accounts, and nothing to sync. */
  adapter(): Adapter {
    return {
      kind: 'local',
      sessions: this,
      demo: this,
      records: this,
      exports: this,
      accounts: null,
      sync: null,
      public: this.publishing,
      publishing: this.publishing,
      notices: this.notices,
    };
  }

  /** Seeds the demo on first start. */
  init(): Promise<void> {
    this.ready ??= this.db.transaction('rw', this.db.tables, async () => {
      if (!(await this.db.meta.get(SEED_KEY))) await writeSeed(this.db, this.seed(this.now()), this.now());
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

  // ---- reading (dexie-reads.ts) ---------------------------------------------------------

  watch<K extends EntityKind>(kind: K, query: Query<K> = {}): Observable<EntityMap[K][]> {
    return this.reads.watch(kind, query);
  }

  watchReviewQueue(periodIds: readonly Id[], limit: number): Observable<Report[]> {
    return this.reads.watchReviewQueue(periodIds, limit);
  }

  watchSummaries(periodIds: readonly Id[]): Observable<PlanSummary[]> {
    return this.reads.watchSummaries(periodIds);
  }

  watchGoals(): Observable<GoalsRead> {
    return this.reads.watchGoals();
  }

  get<K extends EntityKind>(kind: K, id: Id): Promise<EntityMap[K] | null> {
    return this.reads.get(kind, id);
  }

  history(kind: EntityKind, id: Id): Observable<AuditEntry[]> {
    return this.reads.history(kind, id);
  }

  // ---- writing ----------------------------------------------------------------------------
  // The rules are the write engine's (shared with the Firebase adapter); here each call is one
  // Dexie transaction over every table, so a refused write leaves nothing behind.

  /** A decision on a report is noticed by the department's heads (returned, approved). */
  override async transition(
    id: Id,
    expectedVersion: number,
    transition: ReportTransition,
    comment = '',
  ): Promise<Report> {
    const report = await super.transition(id, expectedVersion, transition, comment);
    if (report.state === 'returned' || report.state === 'approved')
      // The decision stands even if its notice cannot be made now.
      await this.notices.decided(report).catch((error: unknown) => console.error(error));
    return report;
  }

  protected async write<T>(work: (engine: WriteEngine) => Promise<T>): Promise<T> {
    const member = this.member();
    const engine = new WriteEngine(this.dexieStore(member), {
      member,
      now: this.now,
      newId: (k) => this.newId(k),
      clientId: this.clientId,
    });
    if (this.slowWritesMs) await pause(this.slowWritesMs);
    // An async scope on purpose: Dexie keeps the transaction open across native awaits only for
    // async functions (a plain arrow returning the promise lets it commit too early).
    const result = await this.db.transaction('rw', this.db.tables, async () => await work(engine));
    if (this.slowWritesMs) await pause(this.slowWritesMs);
    return result;
  }

  private dexieStore(member: Member): WriteStore {
    return {
      get: (kind, id) => this.table(kind).get(id),
      where: async (kind, match) => {
        // The first field through its index, the others (and the organisation) checked on each.
        const [field, value] = Object.entries(match)[0];
        const found = await this.table(kind).where(field).equals(value).toArray();
        return found.filter((r) => r.orgId === member.orgId && matches(r, match));
      },
      put: async (kind, record) => {
        await this.table(kind).put(record);
      },
      delete: (kind, id) => this.table(kind).delete(id),
      audit: async (entry) => {
        await this.db.audit.add(entry);
      },
    };
  }

  async exportData(): Promise<DataExport> {
    const member = this.member();
    if (!canExportData(member)) throw new PermissionDenied('read', 'export');
    const orgId = member.orgId;
    return this.db.transaction('r', this.db.tables, async () => {
      const organisation = await this.db.organisations.get(orgId);
      if (!organisation) throw new PermissionDenied('read', 'export');
      const collections = await Promise.all(
        EXPORT_COLLECTIONS.map(
          async (kind) => [kind, await this.db.table(kind).where('orgId').equals(orgId).toArray()] as const,
        ),
      );
      return assembleExport(organisation, collections, this.now());
    });
  }

  async resetDemo(): Promise<void> {
    await this.db.transaction('rw', this.db.tables, async () => {
      await Promise.all(this.db.tables.map((t) => t.clear()));
      await writeSeed(this.db, this.seed(this.now()), this.now());
    });
    await this.restoreSession();
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** A kind's table, holding records of that kind. */
  private table<K extends EntityKind>(kind: K): Table<EntityMap[K], string> {
    return this.db.table(kind);
  }

  private newId(kind: string): Id {
    const random =
      typeof crypto !== 'undefined' && 'randomUUID' in crypto
        ? crypto.randomUUID()
        : `${Date.now()}-${Math.random()}`;
    return `${kind}-${random}`;
  }
}
