// The Admin SDK as the server-side procedures (src/app/data-access/firebase/summary-refresh.ts,
// access-sync.ts) need it. No side effects here, so tests can use these with the emulators.
import type { Auth } from 'firebase-admin/auth';
import { randomUUID } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import type { CollectionReference, Firestore, Query, Transaction } from 'firebase-admin/firestore';
import {
  Activity,
  AuditEntry,
  Department,
  EntityMap,
  FocusArea,
  Goal,
  Indicator,
  Measurement,
  Member,
  Organisation,
  Period,
  Plan,
  Report,
} from '../../src/app/domain/model';
import { SnapshotPart, snapshotParts, snapshotsFromParts } from '../../src/app/domain/snapshot-parts';
import { Publication } from '../../src/app/domain/publication';
import { PublishDb, PublishRequest } from '../../src/app/data-access/firebase/publish-request';
import { GoalOutline } from '../../src/app/domain/goal-outline';
import { PlanSummary } from '../../src/app/domain/plan-summary';
import { AccessAuth, ownsAddress } from '../../src/app/data-access/firebase/access-sync';
import { SummaryDb } from '../../src/app/data-access/firebase/summary-refresh';
import { OutlineDb } from '../../src/app/data-access/firebase/outline-refresh';
import { timesForImport, timesFromStore } from '../../src/app/data-access/firebase/stored-times';
import { HeldStore } from '../../src/app/data-access/held-store';
import { WriteEngine } from '../../src/app/data-access/write-engine';
import { koladaMember, KoladaRefreshDb } from '../../src/app/data-access/kolada/kolada-refresh';
import { claimable, NoticeDb, StoredNotice } from '../../src/app/data-access/firebase/notice-delivery';
import { NoticeSettings, NoticeWorld } from '../../src/app/domain/notices';

/** Reads and the summary write in one transaction. */
export function summaryDbOf(db: Firestore): SummaryDb {
  return {
    transaction: (work) =>
      db.runTransaction((tx: Transaction) =>
        work({
          summary: async (orgId, id) => {
            const snapshot = await tx.get(db.doc(`orgs/${orgId}/summaries/${id}`));
            return snapshot.exists ? (snapshot.data() as PlanSummary) : null;
          },
          reports: async (orgId, planId, periodId) => {
            const snapshot = await tx.get(
              db
                .collection(`orgs/${orgId}/reports`)
                .where('planId', '==', planId)
                .where('periodId', '==', periodId),
            );
            // Reports keep the server's times (Timestamps); the domain reads ISO strings.
            return snapshot.docs.map((d) => timesFromStore(d.data() as Report));
          },
          setSummary: (summary) => {
            tx.set(db.doc(`orgs/${summary.orgId}/summaries/${summary.id}`), summary);
          },
        }),
      ),
  };
}

/** Reads and the outline writes in one transaction. */
export function outlineDbOf(db: Firestore): OutlineDb {
  return {
    transaction: (work) =>
      db.runTransaction((tx: Transaction) =>
        work({
          parts: async (orgId, planId) => {
            const snapshot = await tx.get(
              db.collection(`orgs/${orgId}/goalOutlines`).where('planId', '==', planId),
            );
            return snapshot.docs.map((d) => d.data() as GoalOutline);
          },
          goals: async (orgId, planId) => {
            const snapshot = await tx.get(db.collection(`orgs/${orgId}/goals`).where('planId', '==', planId));
            // Goals keep the server's times (Timestamps); an outline holds them as ISO strings.
            return snapshot.docs.map((d) => timesFromStore(d.data() as Goal));
          },
          setPart: (part) => {
            tx.set(db.doc(`orgs/${part.orgId}/goalOutlines/${part.id}`), part);
          },
          removePart: (orgId, id) => {
            tx.delete(db.doc(`orgs/${orgId}/goalOutlines/${id}`));
          },
        }),
      ),
  };
}

/** The reads and writes of carrying out a publish request, in one transaction. */
export function publishDbOf(db: Firestore, requestPath: string): PublishDb {
  return {
    transaction: (work) =>
      db.runTransaction(async (tx: Transaction) => {
        const one = async <T>(path: string) => {
          const snapshot = await tx.get(db.doc(path));
          return snapshot.exists ? timesFromStore(snapshot.data() as T) : null;
        };
        const all = async <T>(query: FirebaseFirestore.Query) =>
          (await tx.get(query)).docs.map((d) => timesFromStore(d.data() as T));
        const org = (orgId: string) => `orgs/${orgId}`;
        const ofPlan = (orgId: string, kind: string, planId: string) =>
          db.collection(`${org(orgId)}/${kind}`).where('planId', '==', planId);
        return work({
          request: () => one<PublishRequest>(requestPath),
          member: (orgId, id) => one<Member>(`${org(orgId)}/members/${id}`),
          plan: (orgId, id) => one<Plan>(`${org(orgId)}/plans/${id}`),
          period: (orgId, id) => one<Period>(`${org(orgId)}/periods/${id}`),
          planRecords: async (orgId, planId) => ({
            focusAreas: await all<FocusArea>(ofPlan(orgId, 'focusAreas', planId)),
            goals: await all<Goal>(ofPlan(orgId, 'goals', planId)),
            indicators: await all<Indicator>(ofPlan(orgId, 'indicators', planId)),
            activities: await all<Activity>(ofPlan(orgId, 'activities', planId)),
          }),
          departments: (orgId) => all<Department>(db.collection(`${org(orgId)}/departments`)),
          approvedReports: (orgId, planId, periodId) =>
            all<Report>(
              ofPlan(orgId, 'reports', planId)
                .where('periodId', '==', periodId)
                .where('state', '==', 'approved'),
            ),
          snapshots: async (orgId, planId) =>
            snapshotsFromParts(await all<SnapshotPart>(ofPlan(orgId, 'snapshotParts', planId))),
          publication: (orgId, id) => one<Publication>(`${org(orgId)}/publications/${id}`),
          // In parts: a large plan's snapshot can pass Firestore's 1 MiB limit for one document.
          setSnapshot: (s) => {
            for (const part of snapshotParts(s))
              tx.set(db.doc(`${org(s.orgId)}/snapshotParts/${part.id}`), part);
          },
          setPublication: (p) => void tx.set(db.doc(`${org(p.orgId)}/publications/${p.id}`), p),
          addAudit: (e: AuditEntry) => void tx.set(db.doc(`${org(e.orgId)}/audit/${e.id}`), e),
          answer: (r) => void tx.set(db.doc(requestPath), r, { merge: true }),
        });
      }),
  };
}

/**
 * Firebase Auth for keeping access in step. `microsoftTenant`: the municipality's Entra ID tenant
 * (empty: a Microsoft sign-in never vouches for an address). `password`: for the emulators and
 * tests only, the password an account made by the invitation gets.
 */
export function accessAuthOf(
  auth: Auth,
  options: { microsoftTenant: string; password?: string },
): AccessAuth {
  return {
    accountByEmail: async (email) => {
      try {
        const user = await auth.getUserByEmail(email);
        return {
          uid: user.uid,
          claims: user.customClaims ?? {},
          verified: ownsAddress(user, options.microsoftTenant),
        };
      } catch (error) {
        if ((error as { code?: string }).code === 'auth/user-not-found') return null;
        throw error;
      }
    },
    createAccount: async (email, name) => {
      const user = await auth.createUser({
        email,
        displayName: name || undefined,
        emailVerified: false,
        ...(options.password ? { password: options.password } : {}),
      });
      return { uid: user.uid };
    },
    setClaims: (uid, claims) => auth.setCustomUserClaims(uid, claims),
    endSessions: (uid) => auth.revokeRefreshTokens(uid),
  };
}

/** The organisation a record belongs to (its name and municipality go into the access claim). */
export async function organisationOf(db: Firestore, orgId: string): Promise<Organisation> {
  const snapshot = await db.doc(`orgs/${orgId}`).get();
  const data = snapshot.data() as Partial<Organisation> | undefined;
  return { id: orgId, name: data?.name ?? orgId, municipalityCode: data?.municipalityCode ?? '' };
}

/** The notices collection for delivering (create once, find the unmailed, record the mail). */
export function noticeDbOf(db: Firestore): NoticeDb {
  return {
    createIfAbsent: async (notice) => {
      try {
        await db.doc(`orgs/${notice.orgId}/notices/${notice.id}`).create(notice);
        return true;
      } catch (error) {
        // ALREADY_EXISTS: made before (a second run, another trigger).
        if ((error as { code?: number }).code === 6) return false;
        throw error;
      }
    },
    unmailed: async (orgId) =>
      (await db.collection(`orgs/${orgId}/notices`).where('mailedAt', '==', null).get()).docs.map((d) =>
        timesFromStore(d.data() as StoredNotice),
      ),
    claim: (orgId, id, now) =>
      db.runTransaction(async (tx) => {
        const ref = db.doc(`orgs/${orgId}/notices/${id}`);
        const snapshot = await tx.get(ref);
        if (!snapshot.exists || !claimable(timesFromStore(snapshot.data() as StoredNotice), now))
          return false;
        tx.update(ref, { sendingSince: now.toISOString() });
        return true;
      }),
    markMailed: async (orgId, id, at, sent) => {
      await db
        .doc(`orgs/${orgId}/notices/${id}`)
        .update({ mailedAt: at, mailSent: sent, sendingSince: null });
    },
  };
}

/**
 * What the notices are decided from. In full for the daily run (the open periods' reports only);
 * for a trigger, `only` is the one report or publication that changed, with what its text needs.
 */
export async function noticeWorldOf(
  db: Firestore,
  orgId: string,
  only?: { report: Report } | { publication: Publication },
): Promise<NoticeWorld> {
  const all = async <T>(name: string) =>
    (await db.collection(`orgs/${orgId}/${name}`).get()).docs.map((d) => timesFromStore(d.data() as T));
  const [members, settings, departments, periods] = await Promise.all([
    all<Member>('members'),
    all<NoticeSettings>('noticeSettings'),
    all<Department>('departments'),
    all<Period>('periods'),
  ]);
  const base = {
    orgId,
    members,
    settings,
    departments,
    periods,
    plans: [],
    goals: [],
    activities: [],
    reports: [],
    publications: [],
  };
  if (only && 'publication' in only) return { ...base, publications: [only.publication] };
  if (only && 'report' in only) {
    const { report } = only;
    const subject = await db
      .doc(`orgs/${orgId}/${report.subjectType === 'activity' ? 'activities' : 'goals'}/${report.subjectId}`)
      .get();
    const found = subject.exists ? [timesFromStore(subject.data() as Goal & Activity)] : [];
    return report.subjectType === 'activity'
      ? { ...base, reports: [report], activities: found }
      : { ...base, reports: [report], goals: found };
  }
  const open = periods.filter((p) => p.state === 'open').map((p) => p.id);
  const reports = (
    await Promise.all(
      open.map(async (periodId) =>
        (await db.collection(`orgs/${orgId}/reports`).where('periodId', '==', periodId).get()).docs.map((d) =>
          timesFromStore(d.data() as Report),
        ),
      ),
    )
  ).flat();
  const [plans, goals, activities, publications] = await Promise.all([
    all<Plan>('plans'),
    all<Goal>('goals'),
    all<Activity>('activities'),
    all<Publication>('publications'),
  ]);
  return { ...base, plans, goals, activities, reports, publications };
}

/** The weekly Kolada fetch's reads, and its writes through the write engine in one transaction. */
export function koladaRefreshDbOf(db: Firestore): KoladaRefreshDb {
  const all = async <T>(path: string, query?: (c: CollectionReference) => Query) => {
    const collection = db.collection(path);
    return (await (query ? query(collection) : collection).get()).docs.map((d) =>
      timesFromStore(d.data() as T),
    );
  };
  return {
    organisation: (orgId) => organisationOf(db, orgId),
    linkedIndicators: (orgId) =>
      all<Indicator>(`orgs/${orgId}/indicators`, (c) => c.where('koladaKpi', '!=', null)),
    measurements: (orgId) => all<Measurement>(`orgs/${orgId}/measurements`),
    write: (orgId, ops) =>
      db.runTransaction(async (tx: Transaction) => {
        const store = new HeldStore({
          get: async (kind, id) => {
            const found = await tx.get(db.doc(`orgs/${orgId}/${kind}/${id}`));
            return found.exists ? timesFromStore(found.data() as EntityMap[typeof kind]) : undefined;
          },
          where: async (kind, match) => {
            let query: Query = db.collection(`orgs/${orgId}/${kind}`);
            for (const [field, value] of Object.entries(match)) query = query.where(field, '==', value);
            return (await tx.get(query)).docs.map((d) => timesFromStore(d.data() as EntityMap[typeof kind]));
          },
        });
        const engine = new WriteEngine(store, {
          member: koladaMember(orgId),
          now: () => new Date(),
          newId: (kind) => `${kind}-${randomUUID()}`,
        });
        await engine.batch(ops);
        // Every read is done: the writes, with the times stored as times (as the server writes them).
        for (const write of store.held()) {
          const ref = db.doc(`orgs/${orgId}/${write.kind}/${write.id}`);
          if (!write.record) tx.delete(ref);
          else if (write.kind === 'audit') tx.set(ref, write.record);
          else
            tx.set(
              ref,
              timesForImport(write.record, (iso) => Timestamp.fromDate(new Date(iso))),
            );
        }
      }),
  };
}
