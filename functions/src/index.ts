// Cloud Functions for Kompass. Deployed with `firebase deploy --only functions` (firebase.json
// bundles this file and the app's domain code into lib/ first: scripts/build-functions.mjs).
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { onDocumentCreated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { setGlobalOptions } from 'firebase-functions/v2/options';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { onRequest } from 'firebase-functions/v2/https';
import { defineBoolean, defineInt, defineSecret, defineString } from 'firebase-functions/params';
import { Goal, Member, Report } from '../../src/app/domain/model';
import { wellFormedValues } from '../../src/app/domain/indicator';
import { NoticeWorld } from '../../src/app/domain/notices';
import { Publication } from '../../src/app/domain/publication';
import { deliverNotices } from '../../src/app/data-access/firebase/notice-delivery';
import { timesFromStore } from '../../src/app/data-access/firebase/stored-times';
import { smtpSender } from './mail-sender';
import { KOLADA_BASE_URL as KOLADA_PUBLIC_URL } from '../../src/app/domain/kolada-api';
import { KoladaClient } from '../../src/app/data-access/kolada/kolada-client';
import { refreshKolada } from '../../src/app/data-access/kolada/kolada-refresh';
import { proxyKolada } from '../../src/app/data-access/kolada/kolada-proxy';
import { NOTICE_WORDS } from './notice-words';
import { syncAccess } from '../../src/app/data-access/firebase/access-sync';
import { refreshSummaries } from '../../src/app/data-access/firebase/summary-refresh';
import { refreshOutlines } from '../../src/app/data-access/firebase/outline-refresh';
import { carryOut, PublishRequest } from '../../src/app/data-access/firebase/publish-request';
import {
  accessAuthOf,
  koladaRefreshDbOf,
  noticeDbOf,
  noticeWorldOf,
  organisationOf,
  outlineDbOf,
  publishDbOf,
  summaryDbOf,
} from './admin-adapters';

// Beside the data (README: Firestore in eur3 / europe-north1).
setGlobalOptions({ region: 'europe-north1', maxInstances: 10 });
initializeApp();
const db = getFirestore();

/** Every change of a report refreshes its plan's summary for its period (what the dashboards read). */
export const refreshPlanSummaries = onDocumentWritten('orgs/{orgId}/reports/{reportId}', async (event) => {
  const before = (event.data?.before.data() as Report | undefined) ?? null;
  const after = (event.data?.after.data() as Report | undefined) ?? null;
  // A value of another shape (written from outside the app) is left out of the summary, and said.
  const raw: unknown = after?.indicatorValues;
  const kept = after ? wellFormedValues(after).length : 0;
  if (after && raw !== undefined && (!Array.isArray(raw) || raw.length !== kept))
    logger.warn(`Report ${event.params.reportId}: malformed indicator values left out of its plan's summary`);
  await refreshSummaries(summaryDbOf(db), event.params.orgId, before, after, new Date(event.time));
});

/** Every change of a goal refreshes its plan's outline (how a session reads every goal). */
export const refreshGoalOutlines = onDocumentWritten('orgs/{orgId}/goals/{goalId}', async (event) => {
  const before = (event.data?.before.data() as Goal | undefined) ?? null;
  const after = (event.data?.after.data() as Goal | undefined) ?? null;
  await refreshOutlines(outlineDbOf(db), event.params.orgId, before, after, new Date(event.time));
});

/**
 * A strategist's request to publish a plan's follow-up for a period (or take it down): the
 * snapshot is built here, from the approved reports only, and the request answered.
 */
export const carryOutPublishRequest = onDocumentCreated(
  'orgs/{orgId}/publishRequests/{requestId}',
  async (event) => {
    const request = event.data?.data() as PublishRequest | undefined;
    if (!request || request.state !== 'waiting' || request.orgId !== event.params.orgId) return;
    const answer = await carryOut(publishDbOf(db, event.data!.ref.path), request, new Date(event.time));
    logger.info(
      `Publish request ${request.id}: ${answer.state}${answer.problem ? ` (${answer.problem})` : ''}`,
    );
  },
);

/**
 * The municipality's Microsoft Entra ID tenant (the same as the app's `microsoftTenant`). Empty: a
 * Microsoft sign-in does not vouch for an address, and an account that existed before its
 * invitation needs a verified address (docs/firebase.md, "Invitations go only to the address's owner").
 */
const MICROSOFT_TENANT = defineString('MICROSOFT_TENANT', { default: '' });

/**
 * Every change of a member record brings the person's access (the custom claim) in step: saving a
 * person with an email address and a role in the admin page is the invitation.
 */
export const syncMemberAccess = onDocumentWritten('orgs/{orgId}/members/{memberId}', async (event) => {
  const before = (event.data?.before.data() as Member | undefined) ?? null;
  const after = (event.data?.after.data() as Member | undefined) ?? null;
  const organisation = await organisationOf(db, event.params.orgId);
  const outcomes = await syncAccess(
    accessAuthOf(getAuth(), { microsoftTenant: MICROSOFT_TENANT.value() }),
    organisation,
    before,
    after,
  );
  for (const outcome of outcomes) {
    if (outcome.outcome === 'refused')
      logger.warn(`Access for ${outcome.email} not changed: ${outcome.reason}`);
    else logger.info(`Access for ${outcome.email}: ${outcome.outcome}`);
  }
});

// ---- notices by email ---------------------------------------------------------------------------
// The municipality's SMTP relay (README: "Notices by email"); the password is a function secret.
const SMTP_HOST = defineString('SMTP_HOST', { default: 'smtp.office365.com' });
const SMTP_PORT = defineInt('SMTP_PORT', { default: 587 });
const SMTP_USER = defineString('SMTP_USER');
const SMTP_PASSWORD = defineSecret('SMTP_PASSWORD');
const MAIL_FROM_ADDRESS = defineString('MAIL_FROM_ADDRESS');
const MAIL_FROM_NAME = defineString('MAIL_FROM_NAME', { default: 'Kompass' });
const MAIL_REPLY_TO = defineString('MAIL_REPLY_TO', { default: '' });
const APP_URL = defineString('APP_URL');
// Plain SMTP without TLS or login, honoured only for a relay on this machine (the emulators' tests).
const SMTP_LOOPBACK_PLAIN = defineBoolean('SMTP_LOOPBACK_PLAIN', { default: false });

/** Makes an organisation's notices due and emails those not yet emailed. */
async function deliverFor(
  orgId: string,
  world: NoticeWorld,
  now: Date,
  scope: 'all' | 'events',
): Promise<void> {
  const sender = smtpSender({
    host: SMTP_HOST.value(),
    port: SMTP_PORT.value(),
    secure: SMTP_PORT.value() === 465,
    user: SMTP_USER.value(),
    password: SMTP_PASSWORD.value(),
    fromName: MAIL_FROM_NAME.value(),
    fromAddress: MAIL_FROM_ADDRESS.value(),
    replyTo: MAIL_REPLY_TO.value(),
    insecure: SMTP_LOOPBACK_PLAIN.value() && ['127.0.0.1', 'localhost'].includes(SMTP_HOST.value()),
  });
  try {
    // An event's trigger makes that event's notices only; the day's reminders and digests wait for 08:00.
    const delivery = await deliverNotices(
      noticeDbOf(db),
      sender.send,
      world,
      now,
      NOTICE_WORDS,
      { appUrl: APP_URL.value() },
      scope,
    );
    logger.info(
      `Notices for ${orgId}: ${delivery.made} made, ${delivery.mailed} emailed, ${delivery.skipped} skipped`,
    );
  } finally {
    sender.close();
  }
}

/** Every morning at 08:00 in Stockholm: the reminders, the overdue notices and Monday's digest. */
export const sendDailyNotices = onSchedule(
  { schedule: '0 8 * * *', timeZone: 'Europe/Stockholm', secrets: [SMTP_PASSWORD] },
  async (event) => {
    const now = new Date(event.scheduleTime);
    for (const org of await db.collection('orgs').listDocuments()) {
      await deliverFor(org.id, await noticeWorldOf(db, org.id), now, 'all');
    }
  },
);

/** A report returned or approved: its department's heads are told at once. */
export const noticeReportDecisions = onDocumentWritten(
  { document: 'orgs/{orgId}/reports/{reportId}', secrets: [SMTP_PASSWORD] },
  async (event) => {
    const before = (event.data?.before.data() as Report | undefined) ?? null;
    const after = (event.data?.after.data() as Report | undefined) ?? null;
    // A decision changes a report that exists: a report written already decided is an import or
    // a migration, whose decisions were told about when they were made.
    if (!before || !after || after.state === before.state) return;
    if (after.state !== 'returned' && after.state !== 'approved') return;
    const report = timesFromStore(after);
    const world = await noticeWorldOf(db, event.params.orgId, { report });
    await deliverFor(event.params.orgId, world, new Date(event.time), 'events');
  },
);

/** How old a publication may be when its trigger runs and still be told as news. */
const FRESH_PUBLICATION_MS = 60 * 60 * 1000;

/** A follow-up published (a new version): the committee is told at once. */
export const noticePublications = onDocumentWritten(
  { document: 'orgs/{orgId}/publications/{publicationId}', secrets: [SMTP_PASSWORD] },
  async (event) => {
    const after = (event.data?.after.data() as Publication | undefined) ?? null;
    const before = (event.data?.before.data() as Publication | undefined) ?? null;
    if (!after || after.withdrawnAt !== null || after.latestVersion === before?.latestVersion) return;
    // Published now, not an import of one published long ago (whose committee was told then).
    const latest = after.versions.find((v) => v.version === after.latestVersion);
    if (!latest || Date.parse(event.time) - Date.parse(latest.publishedAt) > FRESH_PUBLICATION_MS) return;
    const world = await noticeWorldOf(db, event.params.orgId, { publication: after });
    await deliverFor(event.params.orgId, world, new Date(event.time), 'events');
  },
);

// ---- Kolada, weekly ----------------------------------------------------------------------------
const KOLADA_BASE_URL = defineString('KOLADA_BASE_URL', { default: KOLADA_PUBLIC_URL });
const KOLADA_GROUP_ID = defineString('KOLADA_GROUP_ID', { default: '' });
const KOLADA_GROUP_NAME = defineString('KOLADA_GROUP_NAME', { default: '' });

/**
 * Every Monday at 05:00 in Stockholm: every organisation's Kolada-linked indicators fetched from
 * Kolada (with the county, the country and the comparison group), as "Hämta från Kolada" does.
 * One organisation's failure is logged and does not stop the others.
 */
export const refreshKoladaWeekly = onSchedule(
  { schedule: '0 5 * * 1', timeZone: 'Europe/Stockholm' },
  async (event) => {
    const client = new KoladaClient(KOLADA_BASE_URL.value());
    const groupId = KOLADA_GROUP_ID.value();
    const group = groupId ? { id: groupId, name: KOLADA_GROUP_NAME.value() || groupId } : null;
    for (const org of await db.collection('orgs').listDocuments()) {
      try {
        const outcome = await refreshKolada(
          koladaRefreshDbOf(db),
          client,
          org.id,
          new Date(event.scheduleTime),
          group,
        );
        logger.info(
          `Kolada for ${org.id}: ${outcome.kpis} KPIs, ${outcome.written} values, ${outcome.revised} revised, ${outcome.missing} missing`,
        );
      } catch (error) {
        logger.error(
          `Kolada for ${org.id} failed, nothing written: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  },
);

/**
 * Kolada through the app's own origin (Hosting rewrites `/kolada/**` here; `config.json`'s
 * `kolada.baseUrl` is then `/kolada/v3`): Kolada's public reads only, GET only, so the browser's
 * fetch works whether or not Kolada answers cross-origin requests.
 */
export const koladaProxy = onRequest({ maxInstances: 5, concurrency: 40 }, async (req, res) => {
  const answer = await proxyKolada(req.method, req.originalUrl, KOLADA_BASE_URL.value(), (url, init) =>
    fetch(url, init),
  );
  res.status(answer.status).set(answer.headers).send(answer.body);
});
