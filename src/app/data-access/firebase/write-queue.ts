import { Firestore, waitForPendingWrites, writeBatch } from 'firebase/firestore';
import { BehaviorSubject } from 'rxjs';
import { SyncPort, SyncState } from '../backend';
import { HeldWritesStore } from './held-writes-store';

/**
 * Offline writes: each unit of work's held writes go out as one batch that the SDK keeps in the
 * persistent cache (it survives a reload) and sends when the connection returns. `sync$` says
 * changes are waiting, and reports a refusal by the server (the rules check the version again then).
 */
export class WriteQueue implements SyncPort {
  private readonly state = new BehaviorSubject<SyncState>({ pending: false, failure: null });
  readonly sync$ = this.state.asObservable();
  private queued = 0;

  constructor(private readonly db: Firestore) {
    this.watchQueuedBeforeReload();
  }

  /** Queues one unit of work's writes; the caller already has its result. */
  send(store: HeldWritesStore): void {
    const batch = writeBatch(this.db);
    store.commitTo(batch);
    this.queued++;
    this.state.next({ pending: true, failure: null });
    batch.commit().then(
      () => this.settled(null),
      (error: unknown) => this.settled(error instanceof Error ? error.message : String(error)),
    );
  }

  private settled(failure: string | null): void {
    this.queued--;
    const failed = failure ?? this.state.value.failure;
    this.state.next({ pending: this.queued > 0, failure: failed });
  }

  /** Changes queued before a reload are still in the cache and go out when the connection returns. */
  private watchQueuedBeforeReload(): void {
    let done = false;
    void waitForPendingWrites(this.db)
      .catch(() => undefined)
      .then(() => {
        done = true;
        if (this.queued === 0) this.state.next({ ...this.state.value, pending: false });
      });
    // Resolves at once when nothing waits; still waiting a moment later means something does.
    setTimeout(() => {
      if (!done) this.state.next({ ...this.state.value, pending: true });
    }, 1000);
  }
}
