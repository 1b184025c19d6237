import { collection, Firestore, getDocs } from 'firebase/firestore';
import { PermissionDenied } from '../../domain/errors';
import { assembleExport, DataExport, EXPORT_COLLECTIONS } from '../../domain/data-export';
import { canExportData } from '../../domain/policy';
import { Session } from '../backend';
import { readDocument } from './held-writes-store';
import { collectionPath } from './read-queries';

/** Everything the organisation has, read collection by collection (administrators only). */
export async function exportOrganisation(db: Firestore, session: Session | null): Promise<DataExport> {
  if (!session || !canExportData(session.member)) throw new PermissionDenied('read', 'export');
  const orgId = session.member.orgId;
  const collections = await Promise.all(
    EXPORT_COLLECTIONS.map(
      async (kind) =>
        [
          kind,
          (await getDocs(collection(db, collectionPath(orgId, kind)))).docs.map((d) => readDocument(d)),
        ] as const,
    ),
  );
  return assembleExport(session.organisation, collections, new Date());
}
