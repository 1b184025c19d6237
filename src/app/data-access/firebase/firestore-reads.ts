import { FirebaseError } from 'firebase/app';
import {
  collection,
  doc,
  Firestore,
  getDoc,
  limit as limitTo,
  onSnapshot,
  orderBy,
  query as firestoreQuery,
  QueryConstraint,
  Timestamp,
  where,
} from 'firebase/firestore';
import {
  BehaviorSubject,
  combineLatest,
  distinctUntilChanged,
  map,
  Observable,
  of,
  shareReplay,
  switchMap,
} from 'rxjs';
import { AuditEntry, EntityKind, EntityMap, Goal, Id, Plan, Report } from '../../domain/model';
import { GoalOutline, goalsOf, plansWithoutOutline } from '../../domain/goal-outline';
import { can, canReview } from '../../domain/policy';
import { PlanSummary } from '../../domain/plan-summary';
import { mergeById } from '../../domain/group-by';
import { GoalsRead, Query, Session } from '../backend';
import { readDocument } from './held-writes-store';
import { collectionPath, QuerySpec, readQueries, reviewQueueQuery, summaryQueries } from './read-queries';

/**
 * How long before a session began a goal's change is read beside the outlines: they lag a change by
 * the Cloud Function's run, and clocks differ.
 */
const RECENT_GOALS_MS = 10 * 60_000;

/**
 * The Firebase adapter's reads: live queries as the signed-in person (`read-queries.ts` says which
 * the rules allow), each listener removed when its subscriber leaves.
 */
export class FirestoreReads {
  private readonly session$: Observable<Session | null>;

  constructor(
    private readonly db: Firestore,
    private readonly session: BehaviorSubject<Session | null>,
  ) {
    this.session$ = session.asObservable();
  }

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

  watchReviewQueue(periodIds: readonly Id[], limit: number): Observable<Report[]> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session || !canReview(session.member) || periodIds.length === 0) return of([] as Report[]);
        // Index: periodId, state, submittedAt (firestore.indexes.json); ties in document-id order.
        return this.snapshots<Report>(
          reviewQueueQuery(session.member.orgId, periodIds),
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

  watchGoals(): Observable<GoalsRead> {
    return this.session$.pipe(
      switchMap((session) => {
        if (!session) return of({ goals: [], documents: 0 });
        const member = session.member;
        const goalsPath = collectionPath(member.orgId, 'goals');
        const parts$ = this.snapshots<GoalOutline>({
          path: collectionPath(member.orgId, 'goalOutlines'),
          filters: [],
        }).pipe(shareReplay({ bufferSize: 1, refCount: true }));
        // The goals changed since a little before the session began: they fill the outlines' lag,
        // a person's own saves at once.
        const since = Timestamp.fromMillis(Date.now() - RECENT_GOALS_MS);
        const recent$ = this.snapshots<Goal>(
          { path: goalsPath, filters: [] },
          where('updatedAt', '>=', since),
        );
        // A plan no outline names yet (stored before outlines were kept): its goals one by one.
        const plans$ = combineLatest(
          readQueries('plans', {}, member).map((spec) => this.snapshots<Plan>(spec)),
        ).pipe(map((groups) => mergeById(groups).map((plan) => plan.id)));
        const unoutlined$ = combineLatest([plans$, parts$]).pipe(
          map(([planIds, parts]) => plansWithoutOutline(planIds, parts)),
          distinctUntilChanged((a, b) => a.join() === b.join()),
          switchMap((planIds) =>
            planIds.length === 0
              ? of([] as Goal[])
              : combineLatest(
                  planIds.map((planId) =>
                    this.snapshots<Goal>({ path: goalsPath, filters: [['planId', '==', planId]] }),
                  ),
                ).pipe(map((groups) => groups.flat())),
          ),
        );
        return combineLatest([parts$, recent$, unoutlined$]).pipe(
          map(([parts, recent, unoutlined]) => ({
            goals: goalsOf([...parts, { goals: recent }, { goals: unoutlined }]),
            documents: parts.length + recent.length + unoutlined.length,
          })),
        );
      }),
    );
  }

  /** A live query; its listener is removed when the subscriber leaves (sign-out switches away). */
  private snapshots<T>(spec: QuerySpec, ...extra: QueryConstraint[]): Observable<T[]> {
    return new Observable<T[]>((subscriber) => {
      let answered = false;
      return onSnapshot(
        firestoreQuery(
          collection(this.db, spec.path),
          ...spec.filters.map(([field, op, value]) => where(field, op, value)),
          ...extra,
        ),
        // Told when an answer from the cache is confirmed by the server, even with the same documents.
        { includeMetadataChanges: true },
        (snapshot) => {
          // Online, the first answer may come from the cache, holding only what earlier queries
          // brought: a partial answer that looks whole. Wait for the server's; offline, the cache
          // is all there is. After the first, only changes of the documents are passed on.
          if (snapshot.metadata.fromCache && isOnline() && !answered) return;
          if (answered && snapshot.docChanges().length === 0) return;
          answered = true;
          subscriber.next(snapshot.docs.map((d) => readDocument<T>(d)));
        },
        (error) => subscriber.error(error),
      );
    });
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
        // A report's id names its department (`reportId`): its history is that department's too.
        const reportOf = kind === 'reports' ? { departmentId: id.split('__')[3] ?? '' } : undefined;
        if (!session || !can(session.member, 'read', { kind: 'audit', reportOf })) return of([]);
        const spec: QuerySpec = {
          path: collectionPath(session.member.orgId, 'audit'),
          filters: [
            ['entityId', '==', id],
            ['entity', '==', kind],
          ],
        };
        // Sorted here: an imported entry's `at` is an ISO string, a live one's the server's time,
        // and Firestore orders values of different types apart.
        return this.snapshots<AuditEntry>(spec).pipe(
          map((entries) => [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))),
        );
      }),
    );
  }
}

/** Whether the browser believes it has a network (a test without `navigator` counts as online). */
function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}
