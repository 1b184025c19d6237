import { computed, effect, signal, Signal, untracked } from '@angular/core';

export interface PendingCheck<R> {
  /** Whether a file's rows wait for the data they are checked against. */
  waiting: Signal<boolean>;
  /** Checks the rows now, or as soon as the data has arrived. */
  check(rows: R): void;
  /** Forgets rows still waiting (another file was chosen). */
  cancel(): void;
}

/**
 * For an import page (call in its constructor): a file's rows are checked against the
 * organisation's data only once that data has arrived. Checked earlier, they would be judged
 * against whatever had loaded so far: known rows would look unknown and be created a second time.
 */
export function checkWhenReady<R>(ready: () => boolean, run: (rows: R) => void): PendingCheck<R> {
  const pending = signal<R | null>(null);
  effect(() => {
    const rows = pending();
    if (rows === null || !ready()) return;
    untracked(() => {
      pending.set(null);
      run(rows);
    });
  });
  return {
    waiting: computed(() => pending() !== null),
    check: (rows) => pending.set(rows),
    cancel: () => pending.set(null),
  };
}
