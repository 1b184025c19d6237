import { Id } from './model';
import { PublicSnapshot } from './public-snapshot';

/**
 * One piece of a snapshot as Firestore keeps it (`snapshotParts/{snapshotId}__p{part}`): a snapshot
 * of a large plan (hundreds of goals with long analyses, a thousand indicators with their trend) can
 * pass Firestore's 1 MiB limit for one document, so it is stored as its JSON text in pieces.
 */
export interface SnapshotPart {
  id: Id;
  orgId: Id;
  planId: Id;
  periodId: Id;
  version: number;
  /** 0, 1, … of `parts`. */
  part: number;
  parts: number;
  json: string;
}

/** Characters of JSON per piece: at most 3 bytes each in UTF-8, well under 1 MiB. */
export const SNAPSHOT_PART_CHARS = 300_000;

export function snapshotPartId(snapshotId: Id, part: number): Id {
  return `${snapshotId}__p${part}`;
}

/** A snapshot cut into pieces (never inside a character: a surrogate pair stays whole). */
export function snapshotParts(snapshot: PublicSnapshot, maxChars = SNAPSHOT_PART_CHARS): SnapshotPart[] {
  const json = JSON.stringify(snapshot);
  const pieces: string[] = [];
  for (let start = 0; start < json.length;) {
    let end = Math.min(json.length, start + maxChars);
    const code = json.charCodeAt(end - 1);
    if (end < json.length && code >= 0xd800 && code <= 0xdbff) end--;
    pieces.push(json.slice(start, end));
    start = end;
  }
  return pieces.map((piece, part) => ({
    id: snapshotPartId(snapshot.id, part),
    orgId: snapshot.orgId,
    planId: snapshot.planId,
    periodId: snapshot.periodId,
    version: snapshot.version,
    part,
    parts: pieces.length,
    json: piece,
  }));
}

/** The snapshot again from all its pieces (in any order); null while one is missing. */
export function snapshotFromParts(parts: readonly SnapshotPart[]): PublicSnapshot | null {
  if (parts.length === 0 || parts.length !== parts[0].parts) return null;
  const ordered = [...parts].sort((a, b) => a.part - b.part);
  if (ordered.some((p, i) => p.part !== i)) return null;
  return JSON.parse(ordered.map((p) => p.json).join('')) as PublicSnapshot;
}

/** Every snapshot the pieces make up (those complete), e.g. all of a plan's. */
export function snapshotsFromParts(parts: readonly SnapshotPart[]): PublicSnapshot[] {
  const bySnapshot = new Map<string, SnapshotPart[]>();
  for (const part of parts) {
    const key = `${part.planId}__${part.periodId}__v${part.version}`;
    bySnapshot.set(key, [...(bySnapshot.get(key) ?? []), part]);
  }
  return [...bySnapshot.values()].flatMap((group) => {
    const snapshot = snapshotFromParts(group);
    return snapshot ? [snapshot] : [];
  });
}
