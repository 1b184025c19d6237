import { AuditEntry, EntityKind, EntityMap, Id } from '../domain/model';
import { FieldMatch, matches, WriteStore } from './write-engine';

/** How a held store reads what is stored (a server transaction's reads, a map in tests). */
export interface RecordReader {
  get(kind: EntityKind, id: Id): Promise<EntityMap[EntityKind] | undefined>;
  where(kind: EntityKind, match: FieldMatch): Promise<EntityMap[EntityKind][]>;
}

/** One write the unit of work decided, to be handed to storage in one go. */
export type HeldWrite =
  | { kind: EntityKind; id: Id; record: EntityMap[EntityKind] | null }
  | { kind: 'audit'; id: Id; record: AuditEntry };

/**
 * The write engine's store for a unit of work on a server (a Cloud Function): reads go to the
 * reader and see the unit's own earlier writes; the writes are held and handed over by `held()`,
 * so that a Firestore transaction does every read before its first write. Audit entries get the id
 * the rules and the history expect (`{entityId}__{version}`).
 */
export class HeldStore implements WriteStore {
  private readonly pending = new Map<
    string,
    { kind: EntityKind; id: Id; record: EntityMap[EntityKind] | null }
  >();
  private readonly audits: AuditEntry[] = [];

  constructor(private readonly reader: RecordReader) {}

  async get<K extends EntityKind>(kind: K, id: Id): Promise<EntityMap[K] | undefined> {
    const held = this.pending.get(`${kind}/${id}`);
    if (held) return (held.record ?? undefined) as EntityMap[K] | undefined;
    return (await this.reader.get(kind, id)) as EntityMap[K] | undefined;
  }

  async where<K extends EntityKind>(kind: K, match: FieldMatch): Promise<EntityMap[K][]> {
    const found = new Map((await this.reader.where(kind, match)).map((r) => [r.id, r]));
    for (const held of this.pending.values()) {
      if (held.kind !== kind) continue;
      if (held.record && matches(held.record, match)) found.set(held.id, held.record);
      else found.delete(held.id);
    }
    return [...found.values()] as EntityMap[K][];
  }

  async put<K extends EntityKind>(kind: K, record: EntityMap[K]): Promise<void> {
    this.pending.set(`${kind}/${record.id}`, { kind, id: record.id, record });
  }

  async delete(kind: EntityKind, id: Id): Promise<void> {
    this.pending.set(`${kind}/${id}`, { kind, id, record: null });
  }

  async audit(entry: AuditEntry, version: number): Promise<void> {
    this.audits.push({ ...entry, id: `${entry.entityId}__${version}` });
  }

  /** Every write held, records first, then their audit entries. */
  held(): HeldWrite[] {
    return [
      ...this.pending.values(),
      ...this.audits.map((entry): HeldWrite => ({ kind: 'audit', id: entry.id, record: entry })),
    ];
  }
}
