import { DocumentData, DocumentReference, onSnapshot, Query } from 'firebase/firestore';
import { BehaviorSubject, Observable, of, switchMap } from 'rxjs';
import { Session } from '../backend';

/** A live query's documents; its listener is removed when the subscriber leaves. */
export function liveQuery(query: Query): Observable<DocumentData[]> {
  return new Observable<DocumentData[]>((subscriber) =>
    onSnapshot(
      query,
      (found) => subscriber.next(found.docs.map((d) => d.data())),
      (error) => subscriber.error(error),
    ),
  );
}

/** A live document (undefined while it does not exist). */
export function liveDoc(ref: DocumentReference): Observable<DocumentData | undefined> {
  return new Observable<DocumentData | undefined>((subscriber) =>
    onSnapshot(
      ref,
      (found) => subscriber.next(found.data()),
      (error) => subscriber.error(error),
    ),
  );
}

/**
 * What `watch` gives for the signed-in person, switched on every sign-in and out: `signedOut`
 * while nobody is (and the listener of the one before is removed).
 */
export function whileSignedIn<T>(
  session: BehaviorSubject<Session | null>,
  signedOut: T,
  watch: (session: Session) => Observable<T>,
): Observable<T> {
  return session.pipe(switchMap((current) => (current ? watch(current) : of(signedOut))));
}
