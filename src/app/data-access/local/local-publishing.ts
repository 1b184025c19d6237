import { liveQuery } from 'dexie';
import { BehaviorSubject, from, Observable, of, switchMap } from 'rxjs';
import { NotFound, PermissionDenied, PublishedTooOften } from '../../domain/errors';
import { AuditEntry, Id, Member } from '../../domain/model';
import { can } from '../../domain/policy';
import { buildSnapshot, PublicSnapshot, snapshotId } from '../../domain/public-snapshot';
import {
  byPlanThenNewest,
  isPublic,
  MAX_VERSIONS_PER_HOUR,
  Publication,
  publicationAfter,
  publishedTooOften,
  publicVersions,
  stillPublic,
  publicationId,
  withdrawnAt,
} from '../../domain/publication';
import { PublicPort, Published, PublishPort, Session } from '../backend';
import { KompassDb } from './kompass-db';

/**
 * The embedded backend's published follow-up: snapshots built with the domain's `buildSnapshot`
 * from what IndexedDB holds, in one transaction with their publication and audit entry. Reading
 * needs no session, as on Firebase.
 */
export class LocalPublishing implements PublicPort, PublishPort {
  constructor(
    private readonly db: KompassDb,
    private readonly session: BehaviorSubject<Session | null>,
    private readonly now: () => Date,
    /** Told after each publication (the committee's notices). */
    private readonly afterPublish: (planId: Id, periodId: Id) => Promise<void> = async () => undefined,
  ) {}

  async publications(): Promise<Publication[]> {
    const all = await this.db.publications.toArray();
    return all.filter(isPublic).sort(byPlanThenNewest);
  }

  async published(planId: Id, periodId: Id, version?: number): Promise<Published | null> {
    const publication = await this.db.publications.get(publicationId(planId, periodId));
    if (!publication || !isPublic(publication)) return null;
    const wanted = version ?? publication.latestVersion;
    if (!publicVersions(publication).some((v) => v.version === wanted)) return null;
    const snapshot = await this.db.snapshots.get(snapshotId(planId, periodId, wanted));
    return snapshot ? { publication, snapshot } : null;
  }

  publicationsOf(planId: Id): Observable<Publication[]> {
    return this.session.pipe(
      switchMap((session) =>
        session
          ? from(liveQuery(() => this.db.publications.where('planId').equals(planId).toArray()))
          : of([]),
      ),
    );
  }

  async publish(planId: Id, periodId: Id): Promise<PublicSnapshot> {
    const snapshot = await this.publishNow(planId, periodId);
    await this.afterPublish(planId, periodId).catch((error: unknown) => console.error(error));
    return snapshot;
  }

  private publishNow(planId: Id, periodId: Id): Promise<PublicSnapshot> {
    const member = this.publisher();
    const db = this.db;
    return db.transaction(
      'rw',
      [
        db.plans,
        db.periods,
        db.focusAreas,
        db.goals,
        db.indicators,
        db.activities,
        db.departments,
        db.reports,
        db.snapshots,
        db.publications,
        db.audit,
      ],
      async () => {
        const plan = await db.plans.get(planId);
        const period = await db.periods.get(periodId);
        // A draft plan is the strategists' work in progress: never public.
        if (!plan || plan.orgId !== member.orgId || plan.status === 'draft')
          throw new NotFound('plans', planId);
        if (!period || period.orgId !== member.orgId) throw new NotFound('periods', periodId);
        const previous = (await db.publications.get(publicationId(planId, periodId))) ?? null;
        if (publishedTooOften(previous, this.now())) throw new PublishedTooOften(MAX_VERSIONS_PER_HOUR);
        const snapshot = buildSnapshot({
          orgId: member.orgId,
          plan,
          period,
          focusAreas: await db.focusAreas.where('planId').equals(planId).toArray(),
          goals: await db.goals.where('planId').equals(planId).toArray(),
          indicators: await db.indicators.where('planId').equals(planId).toArray(),
          activities: await db.activities.where('planId').equals(planId).toArray(),
          departments: await db.departments.where('orgId').equals(member.orgId).toArray(),
          reports: await db.reports
            .where('planId')
            .equals(planId)
            .filter((r) => r.periodId === periodId)
            .toArray(),
          // Only what the public may still read: a withdrawn period's figures stay out of the trend.
          published: stillPublic(
            await db.snapshots.where('planId').equals(planId).toArray(),
            await db.publications.where('planId').equals(planId).toArray(),
          ),
          publishedAt: this.now().toISOString(),
        });
        const publication = publicationAfter(previous, snapshot);
        await db.snapshots.put(snapshot);
        await db.publications.put(publication);
        await db.audit.put(
          this.auditEntry(member, 'publish', previous, publication, `version ${snapshot.version}`),
        );
        return snapshot;
      },
    );
  }

  async unpublish(planId: Id, periodId: Id): Promise<void> {
    const member = this.publisher();
    await this.db.transaction('rw', [this.db.publications, this.db.audit], async () => {
      const publication = await this.db.publications.get(publicationId(planId, periodId));
      if (!publication || publication.orgId !== member.orgId)
        throw new NotFound('publications', publicationId(planId, periodId));
      if (!isPublic(publication)) return;
      const after = withdrawnAt(publication, this.now().toISOString());
      await this.db.publications.put(after);
      await this.db.audit.put(this.auditEntry(member, 'unpublish', publication, after, ''));
    });
  }

  private publisher(): Member {
    const member = this.session.value?.member;
    if (!member || !can(member, 'create', { kind: 'publishRequests' }))
      throw new PermissionDenied('create', 'publications');
    return member;
  }

  private auditEntry(
    member: Member,
    action: 'publish' | 'unpublish',
    before: Publication | null,
    after: Publication,
    comment: string,
  ): AuditEntry {
    return {
      id: `audit-${crypto.randomUUID()}`,
      orgId: member.orgId,
      at: this.now().toISOString(),
      by: member.id,
      byName: member.name,
      action,
      entity: 'publications',
      entityId: after.id,
      before,
      after,
      comment,
    };
  }
}
