import { Observable, Subject } from 'rxjs';

/** One live query a test answers by hand: what it was asked, its results, whether it was left. */
export interface LiveQuery<A, T> {
  args: A;
  results: Subject<T>;
  closed: boolean;
}

/**
 * A stand-in for a live query of the port: every call is recorded, answered through `results`, and
 * marked `closed` when its subscriber leaves (a switch to another query, a page left, a sign-out).
 */
export function liveQueries<A, T>(): { asked: LiveQuery<A, T>[]; watch: (args: A) => Observable<T> } {
  const asked: LiveQuery<A, T>[] = [];
  const watch = (args: A) => {
    const entry: LiveQuery<A, T> = { args, results: new Subject<T>(), closed: false };
    asked.push(entry);
    return new Observable<T>((subscriber) => {
      const inner = entry.results.subscribe(subscriber);
      return () => {
        entry.closed = true;
        inner.unsubscribe();
      };
    });
  };
  return { asked, watch };
}
