import { collection, doc, Firestore, getDocFromServer, getDocsFromServer } from 'firebase/firestore';
import { Id } from '../../domain/model';
import { PublicSnapshot, snapshotId } from '../../domain/public-snapshot';
import { SnapshotPart, snapshotFromParts, snapshotPartId } from '../../domain/snapshot-parts';
import {
  byPlanThenNewest,
  isPublic,
  Publication,
  publicationId,
  publicVersions,
} from '../../domain/publication';
import { PublicPort, Published } from '../backend';

/**
 * The published follow-up read from Firestore. It needs no account: `publications` and the snapshot
 * parts of a public publication are the only documents the rules let anyone read. It imports
 * nothing of Firebase Auth, so a visitor's start-up (`firebase-visitor.ts`) never downloads it.
 * Every read asks the server, never the cache: a withdrawn publication must not be shown from a
 * copy, and offline the pages say they could not read rather than "nothing published".
 */
export class FirestorePublic implements PublicPort {
  /** `orgId` names the organisation read: the signed-in member's, or `publicOrganisation`. */
  constructor(
    private readonly db: Firestore,
    private readonly orgId: () => Id | null,
  ) {}

  async publications(): Promise<Publication[]> {
    const orgId = this.orgId();
    if (!orgId) return [];
    const snapshot = await getDocsFromServer(collection(this.db, `orgs/${orgId}/publications`));
    return snapshot.docs
      .map((d) => d.data() as Publication)
      .filter(isPublic)
      .sort(byPlanThenNewest);
  }

  async published(planId: Id, periodId: Id, version?: number): Promise<Published | null> {
    const orgId = this.orgId();
    if (!orgId) return null;
    const publication = await getDocFromServer(
      doc(this.db, `orgs/${orgId}/publications/${publicationId(planId, periodId)}`),
    );
    const found = publication.exists() ? (publication.data() as Publication) : null;
    if (!found || !isPublic(found)) return null;
    const wanted = version ?? found.latestVersion;
    if (!publicVersions(found).some((v) => v.version === wanted)) return null;
    const snapshot = await readSnapshot(this.db, orgId, snapshotId(planId, periodId, wanted));
    return snapshot && { publication: found, snapshot };
  }
}

/** A snapshot from its parts, each read by id (the first says how many there are). */
export async function readSnapshot(db: Firestore, orgId: Id, id: Id): Promise<PublicSnapshot | null> {
  const part = async (n: number) => {
    const found = await getDocFromServer(doc(db, `orgs/${orgId}/snapshotParts/${snapshotPartId(id, n)}`));
    return found.exists() ? (found.data() as SnapshotPart) : null;
  };
  const first = await part(0);
  if (!first) return null;
  const rest = await Promise.all(Array.from({ length: first.parts - 1 }, (_, i) => part(i + 1)));
  return snapshotFromParts([first, ...rest.filter((p): p is SnapshotPart => p !== null)]);
}
