import {
  collection,
  doc,
  Firestore,
  onSnapshot,
  query,
  serverTimestamp,
  setDoc,
  where,
} from 'firebase/firestore';
import { BehaviorSubject, map, Observable } from 'rxjs';
import { PermissionDenied, PublishedTooOften } from '../../domain/errors';
import { Id } from '../../domain/model';
import { can } from '../../domain/policy';
import { PublicSnapshot } from '../../domain/public-snapshot';
import { MAX_VERSIONS_PER_HOUR, Publication } from '../../domain/publication';
import { PublishPort, Session } from '../backend';
import { readSnapshot } from './firestore-public';
import { liveQuery, whileSignedIn } from './live';
import { PUBLISHED_TOO_OFTEN, PublishRequest } from './publish-request';
import { newId } from './held-writes-store';

/**
 * Publishing on Firebase: a strategist writes a request, the Cloud Function builds the snapshot from
 * the approved reports with the Admin SDK, and the request says when it is done. Reading what is
 * published is `FirestorePublic`.
 */
export class FirestorePublishing implements PublishPort {
  constructor(
    private readonly db: Firestore,
    private readonly session: BehaviorSubject<Session | null>,
  ) {}

  publicationsOf(planId: Id): Observable<Publication[]> {
    return whileSignedIn(this.session, [] as Publication[], (session) =>
      liveQuery(
        query(
          collection(this.db, `orgs/${session.member.orgId}/publications`),
          where('planId', '==', planId),
        ),
      ).pipe(map((found) => found as Publication[])),
    );
  }

  async publish(planId: Id, periodId: Id): Promise<PublicSnapshot> {
    const done = await this.request('publish', planId, periodId);
    const snapshot = done.snapshotId ? await readSnapshot(this.db, done.orgId, done.snapshotId) : null;
    if (!snapshot) throw new Error('the published snapshot could not be read');
    return snapshot;
  }

  async unpublish(planId: Id, periodId: Id): Promise<void> {
    await this.request('unpublish', planId, periodId);
  }

  /** Writes a request and waits until the function has carried it out (or refused it). */
  private async request(action: PublishRequest['action'], planId: Id, periodId: Id): Promise<PublishRequest> {
    const member = this.session.value?.member;
    if (!member || !can(member, 'create', { kind: 'publishRequests' }))
      throw new PermissionDenied('create', 'publications');
    const id = newId('publish');
    const ref = doc(this.db, `orgs/${member.orgId}/publishRequests/${id}`);
    const answered = new Promise<PublishRequest>((resolve, reject) => {
      const stop = onSnapshot(
        ref,
        (found) => {
          const request = found.data() as PublishRequest | undefined;
          if (!request || request.state === 'waiting') return;
          stop();
          if (request.state === 'done') resolve(request);
          else if (request.problem === PUBLISHED_TOO_OFTEN)
            reject(new PublishedTooOften(MAX_VERSIONS_PER_HOUR));
          else reject(new Error(request.problem ?? 'publishing failed'));
        },
        (error) => reject(error),
      );
    });
    await setDoc(ref, {
      id,
      orgId: member.orgId,
      action,
      planId,
      periodId,
      requestedBy: member.id,
      requestedAt: serverTimestamp(),
      state: 'waiting',
    });
    return answered;
  }
}
