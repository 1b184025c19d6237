import { deleteApp, FirebaseApp, FirebaseError, initializeApp } from 'firebase/app';
import {
  Auth,
  browserLocalPersistence,
  connectAuthEmulator,
  initializeAuth,
  inMemoryPersistence,
  OAuthProvider,
  onIdTokenChanged,
  sendPasswordResetEmail,
  signInWithEmailAndPassword,
  signInWithPopup,
  signOut,
  User,
  browserPopupRedirectResolver,
} from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  Firestore,
  getDoc,
  initializeFirestore,
  onSnapshot,
  orderBy,
  limit as limitTo,
  memoryLocalCache,
  persistentLocalCache,
  persistentMultipleTabManager,
  DocumentReference,
  DocumentSnapshot,
  getDocFromCache,
  getDocs,
  getDocsFromCache,
  Query as FirestoreQuery,
  QuerySnapshot,
  query as firestoreQuery,
  waitForPendingWrites,
  writeBatch,
  QueryConstraint,
  runTransaction,
  serverTimestamp,
  where,
} from 'firebase/firestore';
import { BehaviorSubject, combineLatest, map, Observable, of, switchMap } from 'rxjs';
import { PermissionDenied, SignInFailed, SignInProblem } from '../../domain/errors';
import { AuditEntry, EntityKind, EntityMap, Id, Report } from '../../domain/model';
import { can, canExportData, canReview } from '../../domain/policy';
import { assembleExport, DataExport, EXPORT_COLLECTIONS } from '../../domain/data-export';
import { PlanSummary } from '../../domain/plan-summary';
import { mergeById } from '../../domain/group-by';
import {
  Account,
  AccountSignIn,
  Adapter,
  ExportPort,
  Query,
  RecordsPort,
  Session,
  SessionPort,
  SyncPort,
  SyncState,
} from '../backend';
import { AnyRecord, EngineWrites, WriteEngine, WriteStore } from '../write-engine';
import { FirebaseSettings } from './firebase-settings';
import { readAccessClaim, sessionFromClaim } from './access-claims';
import { collectionPath, QuerySpec, readQueries, reviewQueueQuery, summaryQueries } from './read-queries';
import { timesFromStore, timesToStore } from './stored-times';
import { tabClientId } from '../client-id';

export interface FirebaseBackendOptions {
  /** A named Firebase app, so tests can run several backends side by side. */
  appName?: string;
  /** Keep the session and the cache in memory (tests) instead of IndexedDB. */
  inMemory?: boolean;
  /** This tab's id (tests give two backends two tabs); see `tabClientId`. */
  clientId?: string;
}

/** Maps Firebase Auth's error codes to what the sign-in page says. */
export function signInProblem(error: unknown): SignInProblem {
  const code = error instanceof FirebaseError ? error.code : '';
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/invalid-login-credentials':
    case 'auth/wrong-password':
    case 'auth/user-not-found':
    case 'auth/invalid-email':
    case 'auth/user-disabled':
    case 'auth/missing-password':
      return 'wrong-credentials';
    case 'auth/too-many-requests':
      return 'too-many-attempts';
    case 'auth/network-request-failed':
    case 'auth/timeout':
      return 'network';
    case 'auth/popup-closed-by-user':
    case 'auth/cancelled-popup-request':
    case 'auth/popup-blocked':
    case 'auth/user-cancelled':
      return 'popup-closed';
    case 'auth/operation-not-allowed':
      return 'not-available';
    default:
      return 'unknown';
  }
}

/** `http://127.0.0.1:8080` → ['127.0.0.1', 8080]. */
function hostAndPort(address: string): [string, number] {
  const url = new URL(address.includes('://') ? address : `http://${address}`);
  return [url.hostname, Number(url.port || 80)];
}

/**
 * The production backend: Firebase Auth for accounts (email/password, Microsoft 365), access
 * from the custom claim an administrator grants (see access-claims.ts), and Cloud Firestore for
 * the records, under `orgs/{orgId}/…`, with a persistent multi-tab cache. Loaded only when
 * config.json says `firebase`: the embedded mode never downloads this chunk.
 */
export class FirebaseBackend
  extends EngineWrites
  implements SessionPort, AccountSignIn, RecordsPort, SyncPort, ExportPort
{
  readonly clientId: string;
  private readonly auth: Auth;
  private readonly db: Firestore;
  private readonly session = new BehaviorSubject<Session | null>(null);
  private readonly account = new BehaviorSubject<Account | null>(null);
  readonly session$ = this.session.asObservable();
  readonly account$ = this.account.asObservable();
  private readonly syncState = new BehaviorSubject<SyncState>({ pending: false, failure: null });
  readonly sync$ = this.syncState.asObservable();
  private queued = 0;
  private readonly firstState: Promise<void>;
  private readonly app: FirebaseApp;

  constructor(
    private readonly config: FirebaseSettings,
    options: FirebaseBackendOptions = {},
  ) {
    super();
    this.clientId = options.clientId ?? tabClientId();
    const app = initializeApp(config.firebase, options.appName);
    this.app = app;
    // Stays signed in across reloads and tabs (IndexedDB), like the municipality's other tools.
    this.auth = initializeAuth(app, {
      persistence: options.inMemory ? inMemoryPersistence : browserLocalPersistence,
      popupRedirectResolver: browserPopupRedirectResolver,
    });
    if (config.emulators?.auth) {
      connectAuthEmulator(this.auth, config.emulators.auth, { disableWarnings: true });
    }
    this.db = initializeFirestore(app, {
      ignoreUndefinedProperties: true,
      localCache: options.inMemory
        ? memoryLocalCache()
        : persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
    });
    if (config.emulators?.firestore) {
      connectFirestoreEmulator(this.db, ...hostAndPort(config.emulators.firestore));
    }
    // Changes queued before a reload are still in the cache and go out when the connection returns.
    this.watchQueuedBeforeReload();
    let resolveFirst: () => void;
    this.firstState = new Promise((resolve) => (resolveFirst = resolve));
    // Token changes carry claim changes too (an administrator granted or changed access).
    onIdTokenChanged(this.auth, (user) => {
      void this.follow(user).finally(() => resolveFirst());
    });
  }

  private watchQueuedBeforeReload(): void {
    let done = false;
    void waitForPendingWrites(this.db)
      .catch(() => undefined)
      .then(() => {
        done = true;
        if (this.queued === 0) this.syncState.next({ ...this.syncState.value, pending: false });
      });
    // Resolves at once when nothing waits; still waiting a moment later means something does.
    setTimeout(() => {
      if (!done) this.syncState.next({ ...this.syncState.value, pending: true });
    }, 1000);
  }

  private async follow(user: User | null): Promise<Session | null> {
    if (!user) {
      this.account.next(null);
      this.session.next(null);
      return null;
    }
    const account: Account = { uid: user.uid, email: user.email ?? '', name: user.displayName ?? '' };
    const token = await user.getIdTokenResult();
    const session = sessionFromClaim(account, readAccessClaim(token.claims));
    this.account.next(account);
    if (!sameSession(this.session.value, session)) this.session.next(session);
    return session;
  }

  // ---- session ----------------------------------------------------------------------------

  /** Its jobs: sessions, accounts, records, sync and export; no demo people. */
  adapter(): Adapter {
    return {
      kind: 'firebase',
      sessions: this,
      accounts: this,
      records: this,
      sync: this,
      exports: this,
      demo: null,
    };
  }

  async restoreSession(): Promise<Session | null> {
    await this.firstState;
    return this.session.value;
  }

  async signInWithPassword(email: string, password: string): Promise<Session | null> {
    try {
      const { user } = await signInWithEmailAndPassword(this.auth, email.trim(), password);
      return await this.follow(user);
    } catch (error) {
      throw new SignInFailed(signInProblem(error));
    }
  }

  async signInWithMicrosoft(): Promise<Session | null> {
    const provider = new OAuthProvider('microsoft.com');
    provider.setCustomParameters({
      prompt: 'select_account',
      ...(this.config.microsoftTenant ? { tenant: this.config.microsoftTenant } : {}),
    });
    try {
      const { user } = await signInWithPopup(this.auth, provider);
      return await this.follow(user);
    } catch (error) {
      throw new SignInFailed(signInProblem(error));
    }
  }

  async sendPasswordReset(email: string): Promise<void> {
    try {
      await sendPasswordResetEmail(this.auth, email.trim());
    } catch (error) {
      const problem = signInProblem(error);
      // The same answer whether or not the address has an account: nothing to learn from it.
      if (problem !== 'wrong-credentials') throw new SignInFailed(problem);
    }
  }

  async signOut(): Promise<void> {
    await signOut(this.auth);
  }

  /** Stops listening and releases the SDK (tests; the app keeps one backend for its lifetime). */
  async dispose(): Promise<void> {
    await deleteApp(this.app);
  }

  // ---- reading ----------------------------------------------------------------------------

  watch<K extends EntityKind>(kind: K, query: Query<K> = {}): Observable<EntityMap[K][]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session) return of([] as EntityMap[K][]);
        const specs = readQueries(kind, query, session.member);
        if (specs.length === 0) return of([] as EntityMap[K][]);
        return combineLatest(specs.map((spec) => this.snapshots<EntityMap[K]>(spec))).pipe(
          map((groups) => mergeById(groups)),
        );
      }),
    );
  }

  watchReviewQueue(periodId: Id, limit: number): Observable<Report[]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session || !canReview(session.member)) return of([] as Report[]);
        // Index: periodId, state, submittedAt (firestore.indexes.json); ties in document-id order.
        return this.snapshots<Report>(
          reviewQueueQuery(session.member.orgId, periodId),
          orderBy('submittedAt'),
          limitTo(limit),
        );
      }),
    );
  }

  watchSummaries(periodIds: readonly Id[]): Observable<PlanSummary[]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session || periodIds.length === 0) return of([] as PlanSummary[]);
        // One document per plan and period, however many reports there are.
        const specs = summaryQueries(session.member.orgId, periodIds);
        return combineLatest(specs.map((spec) => this.snapshots<PlanSummary>(spec))).pipe(
          map((groups) => mergeById(groups)),
        );
      }),
    );
  }

  /** A live query; its listener is removed when the subscriber leaves (sign-out switches away). */
  private snapshots<T>(spec: QuerySpec, ...extra: QueryConstraint[]): Observable<T[]> {
    return new Observable<T[]>((subscriber) =>
      onSnapshot(
        firestoreQuery(
          collection(this.db, spec.path),
          ...spec.filters.map(([field, op, value]) => where(field, op, value)),
          ...extra,
        ),
        (snapshot) => subscriber.next(snapshot.docs.map((d) => readDocument<T>(d))),
        (error) => subscriber.error(error),
      ),
    );
  }

  async get<K extends EntityKind>(kind: K, id: Id): Promise<EntityMap[K] | null> {
    const member = this.session.value?.member;
    if (!member) return null;
    try {
      const snapshot = await getDoc(doc(this.db, collectionPath(member.orgId, kind), id));
      return snapshot.exists() ? readDocument<EntityMap[K]>(snapshot) : null;
    } catch (error) {
      // The rules refuse what the policy does not let this person read: as good as absent.
      if (error instanceof FirebaseError && error.code === 'permission-denied') return null;
      throw error;
    }
  }

  history(kind: EntityKind, id: Id): Observable<AuditEntry[]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session || !can(session.member, 'read', { kind: 'audit' })) return of([]);
        const spec: QuerySpec = {
          path: collectionPath(session.member.orgId, 'audit'),
          filters: [
            ['entityId', '==', id],
            ['entity', '==', kind],
          ],
        };
        return this.snapshots<AuditEntry>(spec, orderBy('at'));
      }),
    );
  }

  // ---- writing ----------------------------------------------------------------------------
  // The write engine's rules (shared with the embedded backend) run inside one Firestore
  // transaction per call: reads go through the transaction, writes are collected and applied at
  // its end with the audit entry firestore.rules require (`{id}__{version}`), so a refusal leaves
  // nothing behind and a concurrent change makes the transaction retry with fresh data.

  /** At most 500 writes in one call (Firestore's limit for a transaction or batch). */
  protected async write<T>(work: (engine: WriteEngine) => Promise<T>): Promise<T> {
    const member = this.session.value?.member;
    const uid = this.auth.currentUser?.uid;
    if (!member || !uid) throw new PermissionDenied('read', 'session');
    const engine = (store: WriteStore) =>
      new WriteEngine(store, {
        member,
        now: () => new Date(),
        newId: (kind) => newId(kind),
        clientId: this.clientId,
      });
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      return this.writeQueued(work, engine, member.orgId, uid);
    }
    try {
      return await runTransaction(this.db, async (transaction) => {
        const store = new HeldWritesStore(
          this.db,
          { get: (ref) => transaction.get(ref), query: (query) => getDocs(query) },
          member.orgId,
          uid,
        );
        const result = await work(engine(store));
        store.commitTo(transaction);
        return result;
      });
    } catch (error) {
      // The connection went while the browser still thought it was online: nothing was written,
      // so the same change is queued instead.
      if (error instanceof FirebaseError && error.code === 'unavailable') {
        return this.writeQueued(work, engine, member.orgId, uid);
      }
      throw error;
    }
  }

  /**
   * Offline: the same rules on what this device has cached, then one batch that the SDK keeps in
   * the persistent cache (it survives a reload) and sends when the connection returns. The caller
   * gets the result at once; `sync$` says changes are waiting, and reports a refusal by the server
   * (the rules check the version again then).
   */
  private async writeQueued<T>(
    work: (engine: WriteEngine) => Promise<T>,
    engine: (store: WriteStore) => WriteEngine,
    orgId: Id,
    uid: string,
  ): Promise<T> {
    const store = new HeldWritesStore(this.db, CACHE_READER, orgId, uid);
    const result = await work(engine(store));
    const batch = writeBatch(this.db);
    store.commitTo(batch);
    this.queued++;
    this.syncState.next({ pending: true, failure: null });
    batch.commit().then(
      () => this.settled(null),
      (error: unknown) => this.settled(error instanceof Error ? error.message : String(error)),
    );
    return result;
  }

  private settled(failure: string | null): void {
    this.queued--;
    const failed = failure ?? this.syncState.value.failure;
    this.syncState.next({ pending: this.queued > 0, failure: failed });
  }

  async exportData(): Promise<DataExport> {
    const session = this.session.value;
    if (!session || !canExportData(session.member)) throw new PermissionDenied('read', 'export');
    const orgId = session.member.orgId;
    const collections = await Promise.all(
      EXPORT_COLLECTIONS.map(
        async (kind) =>
          [
            kind,
            (await getDocs(collection(this.db, collectionPath(orgId, kind)))).docs.map((d) =>
              readDocument(d),
            ),
          ] as const,
      ),
    );
    return assembleExport(session.organisation, collections, new Date());
  }
}

/**
 * A document as the app works with it: a time the server has not confirmed yet reads as the local
 * estimate, and stored times as ISO strings.
 */
function readDocument<T>(snapshot: DocumentSnapshot): T {
  return timesFromStore(snapshot.data({ serverTimestamps: 'estimate' }) as T);
}

function newId(kind: string): Id {
  return `${kind}-${crypto.randomUUID()}`;
}

/** How a held-writes store reads: through a transaction (online) or from the local cache (offline). */
export interface StoreReader {
  get(ref: DocumentReference): Promise<DocumentSnapshot | null>;
  query(query: FirestoreQuery): Promise<QuerySnapshot>;
}

/** Where held writes go: a transaction, or a batch queued in the persistent cache. */
export interface StoreWriter {
  set(ref: DocumentReference, data: object): unknown;
  delete(ref: DocumentReference): unknown;
}

/**
 * The write engine's store for one unit of work: reads see the unit's own earlier writes; writes
 * are held and handed over in one go by `commitTo` (a Firestore transaction wants every read
 * before its first write), each with the audit entry the rules look for.
 */
export class HeldWritesStore implements WriteStore {
  private readonly pending = new Map<string, { kind: EntityKind; record: AnyRecord | null }>();
  private readonly audits: AuditEntry[] = [];
  /** Documents as they were stored when this unit read them (their times exactly as kept). */
  private readonly stored = new Map<string, Record<string, unknown>>();
  /** The same documents as the engine works with them. */
  private readonly read = new Map<string, AnyRecord>();

  constructor(
    private readonly db: Firestore,
    private readonly reader: StoreReader,
    private readonly orgId: Id,
    private readonly uid: string,
  ) {}

  private path(kind: EntityKind | 'audit', id: Id): string {
    return `${collectionPath(this.orgId, kind)}/${id}`;
  }

  async get(kind: EntityKind, id: Id): Promise<AnyRecord | undefined> {
    const path = this.path(kind, id);
    if (this.pending.has(path)) return this.pending.get(path)!.record ?? undefined;
    // The engine asks for a report's goal and period more than once in one unit: read each once.
    const known = this.read.get(path);
    if (known) return known;
    try {
      const snapshot = await this.reader.get(doc(this.db, path));
      if (!snapshot?.exists()) return undefined;
      this.stored.set(path, snapshot.data());
      const record = readDocument<AnyRecord>(snapshot);
      this.read.set(path, record);
      return record;
    } catch (error) {
      // What the rules do not let this person read does not exist for them.
      if (error instanceof FirebaseError && error.code === 'permission-denied') return undefined;
      throw error;
    }
  }

  async where(kind: EntityKind, field: string, value: string): Promise<AnyRecord[]> {
    const snapshot = await this.reader.query(
      firestoreQuery(collection(this.db, collectionPath(this.orgId, kind)), where(field, '==', value)),
    );
    for (const d of snapshot.docs) this.stored.set(d.ref.path, d.data());
    const found = new Map(snapshot.docs.map((d) => [d.id, readDocument<AnyRecord>(d)]));
    for (const [path, { kind: pendingKind, record }] of this.pending) {
      if (pendingKind !== kind) continue;
      const id = path.slice(path.lastIndexOf('/') + 1);
      if (record && record[field] === value) found.set(id, record);
      else found.delete(id);
    }
    return [...found.values()];
  }

  async put(kind: EntityKind, record: AnyRecord): Promise<void> {
    this.pending.set(this.path(kind, record.id), { kind, record });
  }

  async delete(kind: EntityKind, id: Id): Promise<void> {
    this.pending.set(this.path(kind, id), { kind, record: null });
  }

  async audit(entry: AuditEntry, version: number): Promise<void> {
    // The id the rules look for in the same commit; `by` is the account, as the rules require.
    this.audits.push({ ...entry, id: `${entry.entityId}__${version}`, by: this.uid });
  }

  /** Hands every held write over. */
  commitTo(writer: StoreWriter): void {
    for (const [path, { record }] of this.pending) {
      if (!record) writer.delete(doc(this.db, path));
      // Every time a write sets is the server's (firestore.rules check it against request.time).
      else writer.set(doc(this.db, path), timesToStore(record, this.stored.get(path), serverTimestamp()));
    }
    for (const entry of this.audits) writer.set(doc(this.db, this.path('audit', entry.id)), entry);
  }
}

/** Offline reads: what the persistent cache has (a document it does not hold reads as absent). */
export const CACHE_READER: StoreReader = {
  get: (ref) => getDocFromCache(ref).catch(() => null),
  query: (query) => getDocsFromCache(query),
};

function sameSession(a: Session | null, b: Session | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
