import { Id, Timestamp } from './model';
import { PublicSnapshot, snapshotId } from './public-snapshot';

/**
 * That a plan's follow-up for a period is published, and its versions: what the public list reads
 * (one small record per plan and period) before it opens a snapshot. Unpublishing keeps the record
 * and its versions, marked withdrawn, so that publishing again continues the numbering.
 */
export interface Publication {
  /** `publicationId(planId, periodId)`. */
  id: Id;
  orgId: Id;
  planId: Id;
  periodId: Id;
  planTitle: string;
  theme: PublicSnapshot['plan']['theme'];
  period: PublicSnapshot['period'];
  /** The version the public sees: `snapshotId(planId, periodId, latestVersion)`. */
  latestVersion: number;
  /** Every version published, oldest first. */
  versions: { version: number; publishedAt: Timestamp }[];
  /** When it was unpublished; null while public. */
  withdrawnAt: Timestamp | null;
  /**
   * The first version the public may read: the one published after the latest withdrawal (absent:
   * 1). Withdrawing takes every version down; publishing again brings back only the new one.
   */
  publicFromVersion?: number;
}

export function publicationId(planId: Id, periodId: Id): Id {
  return `${planId}__${periodId}`;
}

/** The publication once `snapshot` is published (a first version, or the next one). */
export function publicationAfter(previous: Publication | null, snapshot: PublicSnapshot): Publication {
  return {
    id: publicationId(snapshot.planId, snapshot.periodId),
    orgId: snapshot.orgId,
    planId: snapshot.planId,
    periodId: snapshot.periodId,
    planTitle: snapshot.plan.title,
    theme: snapshot.plan.theme,
    period: snapshot.period,
    latestVersion: snapshot.version,
    versions: [
      ...(previous?.versions ?? []).filter((v) => v.version !== snapshot.version),
      { version: snapshot.version, publishedAt: snapshot.publishedAt },
    ],
    withdrawnAt: null,
    publicFromVersion:
      previous && !isPublic(previous) ? snapshot.version : (previous?.publicFromVersion ?? snapshot.version),
  };
}

/** The versions the public may read: none while withdrawn, else those since the last withdrawal. */
export function publicVersions(publication: Publication): Publication['versions'] {
  if (!isPublic(publication)) return [];
  const from = publication.publicFromVersion ?? 1;
  return publication.versions.filter((v) => v.version >= from);
}

/**
 * Of the snapshots published, those the public may still read (`publicVersions`): what a later
 * publication's trend may be built from, so that a withdrawn period's figures never come back in it.
 */
export function stillPublic(
  snapshots: readonly PublicSnapshot[],
  publications: readonly Publication[],
): PublicSnapshot[] {
  const byId = new Map(publications.map((p) => [p.id, p]));
  return snapshots.filter((s) => {
    const publication = byId.get(publicationId(s.planId, s.periodId));
    return !!publication && publicVersions(publication).some((v) => v.version === s.version);
  });
}

/** The publication unpublished at `at`: no version of it is public any more. */
export function withdrawnAt(publication: Publication, at: Timestamp): Publication {
  return { ...publication, withdrawnAt: at };
}

/**
 * How many versions of one plan's follow-up for a period may be published within an hour: enough
 * for a strategist's corrections, not for a script (or a stuck button) making version after version.
 */
export const MAX_VERSIONS_PER_HOUR = 5;

/** Whether publishing `previous` again at `now` would make more than `MAX_VERSIONS_PER_HOUR` in the last hour. */
export function publishedTooOften(previous: Publication | null, now: Date): boolean {
  const hourAgo = now.getTime() - 60 * 60 * 1000;
  const recent = (previous?.versions ?? []).filter((v) => Date.parse(v.publishedAt) > hourAgo);
  return recent.length >= MAX_VERSIONS_PER_HOUR;
}

/** The public list's order: plan by plan (by title), each plan's newest period first. */
export function byPlanThenNewest(a: Publication, b: Publication): number {
  return a.planTitle.localeCompare(b.planTitle, 'sv') || b.period.endsOn.localeCompare(a.period.endsOn);
}

export function isPublic(publication: Pick<Publication, 'withdrawnAt'>): boolean {
  return publication.withdrawnAt === null;
}

/** The id of the version the public sees of a publication, or of one version of it. */
export function publishedSnapshotId(publication: Publication, version = publication.latestVersion): Id {
  return snapshotId(publication.planId, publication.periodId, version);
}
