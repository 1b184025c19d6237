import { FirebaseError } from 'firebase/app';
import {
  collection,
  doc,
  DocumentReference,
  DocumentSnapshot,
  Firestore,
  getDocFromCache,
  getDocsFromCache,
  Query as FirestoreQuery,
  query as firestoreQuery,
  QuerySnapshot,
  serverTimestamp,
  where,
} from 'firebase/firestore';
import { PermissionDenied } from '../../domain/errors';
import { AuditEntry, EntityKind, EntityMap, Id, Report } from '../../domain/model';
import { FieldMatch, matches, WriteStore } from '../write-engine';
import { collectionPath } from './read-queries';
import { ReportedGoal, reportedGoalPath } from './reported-goals';
import { timesFromStore, timesToStore } from './stored-times';

/**
 * A document as the app works with it: a time the server has not confirmed yet reads as the local
 * estimate, and stored times as ISO strings.
 */
export function readDocument<T>(snapshot: DocumentSnapshot): T {
  return timesFromStore(snapshot.data({ serverTimestamps: 'estimate' }) as T);
}

export function newId(kind: string): Id {
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
  private readonly pending = new Map<string, { kind: EntityKind; record: Stored | null }>();
  private readonly audits: AuditEntry[] = [];
  /** Documents as they were stored when this unit read them (their times exactly as kept). */
  private readonly stored = new Map<string, Record<string, unknown>>();
  /** The same documents as the engine works with them. */
  private readonly read = new Map<string, Stored>();

  constructor(
    private readonly db: Firestore,
    private readonly reader: StoreReader,
    private readonly orgId: Id,
    private readonly uid: string,
  ) {}

  private path(kind: EntityKind | 'audit', id: Id): string {
    return `${collectionPath(this.orgId, kind)}/${id}`;
  }

  async get<K extends EntityKind>(kind: K, id: Id): Promise<EntityMap[K] | undefined> {
    // Each record is held and read under its own kind's path: it is of that kind.
    return (await this.lookUp(kind, id)) as EntityMap[K] | undefined;
  }

  private async lookUp(kind: EntityKind, id: Id): Promise<Stored | undefined> {
    const path = this.path(kind, id);
    if (this.pending.has(path)) return this.pending.get(path)!.record ?? undefined;
    // The engine asks for a report's goal and period more than once in one unit: read each once.
    const known = this.read.get(path);
    if (known) return known;
    try {
      const snapshot = await this.reader.get(doc(this.db, path));
      if (!snapshot?.exists()) return undefined;
      this.stored.set(path, snapshot.data());
      const record = readDocument<Stored>(snapshot);
      this.read.set(path, record);
      return record;
    } catch (error) {
      // A record the rules do not let this person read is refused as the embedded backend refuses
      // it (PermissionDenied, not NotFound): the write engine reads only what the writer must see.
      if (error instanceof FirebaseError && error.code === 'permission-denied')
        throw new PermissionDenied('read', kind);
      throw error;
    }
  }

  async where<K extends EntityKind>(kind: K, match: FieldMatch): Promise<EntityMap[K][]> {
    const snapshot = await this.reader.query(
      firestoreQuery(
        collection(this.db, collectionPath(this.orgId, kind)),
        ...Object.entries(match).map(([field, value]) => where(field, '==', value)),
      ),
    );
    for (const d of snapshot.docs) this.stored.set(d.ref.path, d.data());
    const found = new Map(snapshot.docs.map((d) => [d.id, readDocument<EntityMap[K]>(d)]));
    for (const [path, { kind: pendingKind, record }] of this.pending) {
      if (pendingKind !== kind) continue;
      const id = path.slice(path.lastIndexOf('/') + 1);
      // Held under this kind's path: a record of this kind.
      if (record && matches(record, match)) found.set(id, record as EntityMap[K]);
      else found.delete(id);
    }
    return [...found.values()];
  }

  async put<K extends EntityKind>(kind: K, record: EntityMap[K]): Promise<void> {
    this.pending.set(this.path(kind, record.id), { kind, record });
  }

  async delete(kind: EntityKind, id: Id): Promise<void> {
    this.pending.set(this.path(kind, id), { kind, record: null });
  }

  async audit(entry: AuditEntry, version: number): Promise<void> {
    // The id the rules look for in the same commit; `by` is the account, as the rules require.
    this.audits.push({ ...entry, id: `${entry.entityId}__${version}`, by: this.uid });
  }

  /** Where the unit holds `record` (the engine returns the very record it wrote), if it does. */
  refOf(record: unknown): DocumentReference | null {
    for (const [path, held] of this.pending) if (held.record === record) return doc(this.db, path);
    return null;
  }

  /** Hands every held write over. */
  commitTo(writer: StoreWriter): void {
    for (const [path, { kind, record }] of this.pending) {
      // A goal's first report says so beside it: the rules keep a goal with reports (reported-goals.ts).
      if (kind === 'reports' && record && !this.stored.has(path))
        writer.set(doc(this.db, reportedGoalPath(this.orgId, (record as Report).goalId)), {
          goalId: (record as Report).goalId,
        } satisfies ReportedGoal);
      if (!record) writer.delete(doc(this.db, path));
      // Every time a write sets is the server's (firestore.rules check it against request.time).
      else writer.set(doc(this.db, path), timesToStore(record, this.stored.get(path), serverTimestamp()));
    }
    // An entry's time is the server's too (the rules compare it with request.time).
    for (const entry of this.audits)
      writer.set(doc(this.db, this.path('audit', entry.id)), { ...entry, at: serverTimestamp() });
  }
}

/** Offline reads: what the persistent cache has (a document it does not hold reads as absent). */
export const CACHE_READER: StoreReader = {
  get: (ref) => getDocFromCache(ref).catch(() => null),
  query: (query) => getDocsFromCache(query),
};

/** A record of any kind, as held between the engine's read and the commit. */
type Stored = EntityMap[EntityKind];
