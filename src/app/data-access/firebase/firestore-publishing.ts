import {
  collection,
  doc,
  Firestore,
  getDoc,
  getDocs,
  onSnapshot,
  query,
  serverTimestamp,
  setDoc,
  where,
} from 'firebase/firestore';
import { BehaviorSubject, Observable, of, switchMap } from 'rxjs';
import { PermissionDenied } from '../../domain/errors';
import { Id } from '../../domain/model';
import { can } from '../../domain/policy';
import { PublicSnapshot, snapshotId } from '../../domain/public-snapshot';
import { SnapshotPart, snapshotFromParts, snapshotPartId } from '../../domain/snapshot-parts';
import { byPlanThenNewest, isPublic, Publication, publicationId } from '../../domain/publication';
import { PublicPort, PublishPort, Session } from '../backend';
import { PublishRequest } from './publish-request';
import { newId } from './held-writes-store';

/**
 * The published follow-up on Firebase. Reading needs no account (`publications` and the
 * snapshot parts of a public publication are the only documents the rules let anyone read), from the
 * organisation `config.json` names (`publicOrganisation`). Publishing asks the Cloud Function:
 * a strategist writes a request, the function builds the snapshot from the approved reports with
 * the Admin SDK, and the request says when it is done.
 */
export class FirestorePublishing implements PublicPort, PublishPort {
  constructor(
    private readonly db: Firestore,
    private readonly session: BehaviorSubject<Session | null>,
    private readonly publicOrganisation: Id | null,
  ) {}

  private orgId(): Id | null {
    return this.session.value?.member.orgId ?? this.publicOrganisation;
  }

  async publications(): Promise<Publication[]> {
    const orgId = this.orgId();
    if (!orgId) return [];
    const snapshot = await getDocs(collection(this.db, `orgs/${orgId}/publications`));
    return snapshot.docs
      .map((d) => d.data() as Publication)
      .filter(isPublic)
      .sort(byPlanThenNewest);
  }

  async snapshot(planId: Id, periodId: Id, version?: number): Promise<PublicSnapshot | null> {
    const orgId = this.orgId();
    if (!orgId) return null;
    const publication = await getDoc(
      doc(this.db, `orgs/${orgId}/publications/${publicationId(planId, periodId)}`),
    );
    const found = publication.exists() ? (publication.data() as Publication) : null;
    if (!found || !isPublic(found)) return null;
    const wanted = version ?? found.latestVersion;
    if (!found.versions.some((v) => v.version === wanted)) return null;
    return this.readSnapshot(orgId, snapshotId(planId, periodId, wanted));
  }

  publicationsOf(planId: Id): Observable<Publication[]> {
    return this.session.pipe(
      switchMap((session) =>
        !session
          ? of([] as Publication[])
          : new Observable<Publication[]>((subscriber) =>
              onSnapshot(
                query(
                  collection(this.db, `orgs/${session.member.orgId}/publications`),
                  where('planId', '==', planId),
                ),
                (found) => subscriber.next(found.docs.map((d) => d.data() as Publication)),
                (error) => subscriber.error(error),
              ),
            ),
      ),
    );
  }

  async publish(planId: Id, periodId: Id): Promise<PublicSnapshot> {
    const done = await this.request('publish', planId, periodId);
    const snapshot = done.snapshotId ? await this.readSnapshot(done.orgId, done.snapshotId) : null;
    if (!snapshot) throw new Error('the published snapshot could not be read');
    return snapshot;
  }

  async unpublish(planId: Id, periodId: Id): Promise<void> {
    await this.request('unpublish', planId, periodId);
  }

  /** A snapshot from its parts, each read by id (the first says how many there are). */
  private async readSnapshot(orgId: Id, id: Id): Promise<PublicSnapshot | null> {
    const part = async (n: number) => {
      const found = await getDoc(doc(this.db, `orgs/${orgId}/snapshotParts/${snapshotPartId(id, n)}`));
      return found.exists() ? (found.data() as SnapshotPart) : null;
    };
    const first = await part(0);
    if (!first) return null;
    const rest = await Promise.all(Array.from({ length: first.parts - 1 }, (_, i) => part(i + 1)));
    return snapshotFromParts([first, ...rest.filter((p): p is SnapshotPart => p !== null)]);
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
