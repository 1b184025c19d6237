import {
  Activity,
  AuditEntry,
  Department,
  FocusArea,
  Goal,
  Id,
  Indicator,
  Member,
  Period,
  Plan,
  Report,
} from '../../domain/model';
import { can } from '../../domain/policy';
import { buildSnapshot, PublicSnapshot } from '../../domain/public-snapshot';
import {
  isPublic,
  Publication,
  publicationAfter,
  publishedTooOften,
  publicationId,
  stillPublic,
  withdrawnAt,
} from '../../domain/publication';

/** A strategist's request to publish a plan's follow-up for a period, or to take it down. */
export interface PublishRequest {
  id: Id;
  orgId: Id;
  action: 'publish' | 'unpublish';
  planId: Id;
  periodId: Id;
  /** The member who asked (the rules bind it to the signed-in person). */
  requestedBy: Id;
  /** `waiting` until the Cloud Function has carried it out (`done`) or refused it (`refused`). */
  state: 'waiting' | 'done' | 'refused';
  problem?: string;
  /** The snapshot a publishing made. */
  snapshotId?: Id;
}

/** A request's `problem` when the period was published `MAX_VERSIONS_PER_HOUR` times in the last hour. */
export const PUBLISHED_TOO_OFTEN = 'published too often';

/** What carrying out a request needs of Firestore (an Admin SDK adapter; in-memory in tests). */
export interface PublishDb {
  transaction<T>(work: (tx: PublishTransaction) => Promise<T>): Promise<T>;
}

export interface PublishTransaction {
  /** The request itself as stored now: a re-delivered trigger finds it answered already. */
  request(id: Id): Promise<PublishRequest | null>;
  member(orgId: Id, id: Id): Promise<Member | null>;
  plan(orgId: Id, id: Id): Promise<Plan | null>;
  period(orgId: Id, id: Id): Promise<Period | null>;
  /** The plan's focus areas, goals, indicators and activities. */
  planRecords(
    orgId: Id,
    planId: Id,
  ): Promise<{ focusAreas: FocusArea[]; goals: Goal[]; indicators: Indicator[]; activities: Activity[] }>;
  departments(orgId: Id): Promise<Department[]>;
  /** The plan's approved reports of the period (nothing else is ever read for a snapshot). */
  approvedReports(orgId: Id, planId: Id, periodId: Id): Promise<Report[]>;
  snapshots(orgId: Id, planId: Id): Promise<PublicSnapshot[]>;
  publication(orgId: Id, id: Id): Promise<Publication | null>;
  setSnapshot(snapshot: PublicSnapshot): void;
  setPublication(publication: Publication): void;
  addAudit(entry: AuditEntry): void;
  answer(request: PublishRequest): void;
}

/** The plan's snapshots the public may still read: a withdrawn period's figures stay out of the trend. */
async function publicSnapshotsOf(tx: PublishTransaction, orgId: Id, planId: Id): Promise<PublicSnapshot[]> {
  const snapshots = await tx.snapshots(orgId, planId);
  const ids = [...new Set(snapshots.map((s) => publicationId(s.planId, s.periodId)))];
  const publications = (await Promise.all(ids.map((id) => tx.publication(orgId, id)))).filter(
    (p): p is Publication => p !== null,
  );
  return stillPublic(snapshots, publications);
}

/**
 * Carries out a request in one transaction: checks that its author is an active strategist, then
 * publishes (a snapshot from the approved reports, the publication, an audit entry) or takes the
 * publication down (audited). The request is answered `done` or `refused` with the reason.
 */
export async function carryOut(db: PublishDb, request: PublishRequest, now: Date): Promise<PublishRequest> {
  return db.transaction(async (tx) => {
    // A trigger can be delivered twice: a request answered already is not carried out again.
    const stored = await tx.request(request.id);
    if (stored && stored.state !== 'waiting') return stored;
    const { orgId, planId, periodId } = request;
    const refuse = (problem: string) => {
      const answer: PublishRequest = { ...request, state: 'refused', problem };
      tx.answer(answer);
      return answer;
    };
    const member = await tx.member(orgId, request.requestedBy);
    if (!member || !can(member, 'create', { kind: 'publishRequests' })) return refuse('not a strategist');
    const at = now.toISOString();
    const audit = (
      action: 'publish' | 'unpublish',
      before: Publication | null,
      after: Publication,
    ): AuditEntry => ({
      id: `audit-${request.id}`,
      orgId,
      at,
      by: member.id,
      byName: member.name,
      action,
      entity: 'publications',
      entityId: after.id,
      before,
      after,
      comment: '',
    });
    const previous = await tx.publication(orgId, publicationId(planId, periodId));
    if (request.action === 'unpublish') {
      if (!previous) return refuse('not published');
      if (isPublic(previous)) {
        const after = withdrawnAt(previous, at);
        tx.setPublication(after);
        tx.addAudit(audit('unpublish', previous, after));
      }
      const answer: PublishRequest = { ...request, state: 'done' };
      tx.answer(answer);
      return answer;
    }
    const plan = await tx.plan(orgId, planId);
    const period = await tx.period(orgId, periodId);
    if (!plan || plan.status === 'draft') return refuse('no such adopted plan');
    if (!period) return refuse('no such period');
    if (publishedTooOften(previous, now)) return refuse(PUBLISHED_TOO_OFTEN);
    const snapshot = buildSnapshot({
      orgId,
      plan,
      period,
      ...(await tx.planRecords(orgId, planId)),
      departments: await tx.departments(orgId),
      reports: await tx.approvedReports(orgId, planId, periodId),
      published: await publicSnapshotsOf(tx, orgId, planId),
      publishedAt: at,
    });
    const publication = publicationAfter(previous, snapshot);
    tx.setSnapshot(snapshot);
    tx.setPublication(publication);
    tx.addAudit(audit('publish', previous, publication));
    const answer: PublishRequest = { ...request, state: 'done', snapshotId: snapshot.id };
    tx.answer(answer);
    return answer;
  });
}
