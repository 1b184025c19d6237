import { Draft, EntityKind, EntityMap, Id, Patch, Report, ReportTransition } from '../domain/model';
import { WriteOp } from './backend';
import { WriteEngine } from './write-engine';

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
