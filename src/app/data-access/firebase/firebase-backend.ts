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
  connectFirestoreEmulator,
  DocumentReference,
  Firestore,
  getDocFromServer,
  getDocs,
  initializeFirestore,
  memoryLocalCache,
  persistentLocalCache,
  persistentMultipleTabManager,
  runTransaction,
} from 'firebase/firestore';
import { BehaviorSubject, Observable } from 'rxjs';
import { PermissionDenied, SignInFailed } from '../../domain/errors';
import { AuditEntry, EntityKind, EntityMap, Id, Report } from '../../domain/model';
import { DataExport } from '../../domain/data-export';
import { PlanSummary } from '../../domain/plan-summary';
import {
  Account,
  AccountSignIn,
  Adapter,
  ExportPort,
  GoalsRead,
  Query,
  RecordsPort,
  Session,
  SessionPort,
  SyncPort,
  SyncState,
} from '../backend';
import { EngineWrites } from '../engine-writes';
import { WriteEngine, WriteStore } from '../write-engine';
import { FirebaseBackendOptions, FirebaseSettings, hostAndPort } from './firebase-settings';
import { readAccessClaim, sessionFromClaim } from './access-claims';
import { CACHE_READER, HeldWritesStore, newId, readDocument } from './held-writes-store';
import { FirestoreReads } from './firestore-reads';
import { exportOrganisation } from './firestore-export';
import { FirestorePublishing } from './firestore-publishing';
import { FirestorePublic } from './firestore-public';
import { FirestoreNotices } from './firestore-notices';
import { WriteQueue } from './write-queue';
import { signInProblem } from './sign-in-problem';
import { tabClientId } from '../client-id';

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
  private readonly firstState: Promise<void>;
  private readonly app: FirebaseApp;
  private readonly reads: FirestoreReads;
  private readonly queue: WriteQueue;
  private readonly publishing: FirestorePublishing;
  private readonly published: FirestorePublic;
  private readonly notices: FirestoreNotices;

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
    this.reads = new FirestoreReads(this.db, this.session);
    this.queue = new WriteQueue(this.db);
    this.publishing = new FirestorePublishing(this.db, this.session);
    this.notices = new FirestoreNotices(this.db, this.session);
    this.published = new FirestorePublic(
      this.db,
      () => this.session.value?.member.orgId ?? config.publicOrganisation ?? null,
    );
    let resolveFirst: () => void;
    this.firstState = new Promise((resolve) => (resolveFirst = resolve));
    // Token changes carry claim changes too (an administrator granted or changed access).
    onIdTokenChanged(this.auth, (user) => {
      void this.follow(user).finally(() => resolveFirst());
    });
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
      public: this.published,
      publishing: this.publishing,
      notices: this.notices,
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

  /** Changes made offline wait in the persistent cache until the connection returns. */
  get sync$(): Observable<SyncState> {
    return this.queue.sync$;
  }

  // ---- reading (firestore-reads.ts) -------------------------------------------------------

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
      let written: DocumentReference | null = null;
      const result = await runTransaction(this.db, async (transaction) => {
        const store = new HeldWritesStore(
          this.db,
          { get: (ref) => transaction.get(ref), query: (query) => getDocs(query) },
          member.orgId,
          uid,
        );
        const result = await work(engine(store));
        store.commitTo(transaction);
        written = store.refOf(result);
        return result;
      });
      // The record as stored: its times are the server's, which decide (a conflict names the
      // time of the change it met), not this device's estimate. One read per write.
      return written ? readDocument<T>(await getDocFromServer(written)) : result;
    } catch (error) {
      // The connection went while the browser still thought it was online: nothing was written,
      // so the same change is queued instead.
      if (error instanceof FirebaseError && error.code === 'unavailable') {
        return this.writeQueued(work, engine, member.orgId, uid);
      }
      throw error;
    }
  }

  /** Offline: the same rules on what this device has cached; the writes wait in the `WriteQueue`. */
  private async writeQueued<T>(
    work: (engine: WriteEngine) => Promise<T>,
    engine: (store: WriteStore) => WriteEngine,
    orgId: Id,
    uid: string,
  ): Promise<T> {
    const store = new HeldWritesStore(this.db, CACHE_READER, orgId, uid);
    const result = await work(engine(store));
    this.queue.send(store);
    return result;
  }

  exportData(): Promise<DataExport> {
    return exportOrganisation(this.db, this.session.value);
  }
}

function sameSession(a: Session | null, b: Session | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
