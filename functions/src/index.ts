// Cloud Functions for Kompass. Deployed with `firebase deploy --only functions` (firebase.json
// bundles this file and the app's domain code into lib/ first: scripts/build-functions.mjs).
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { onDocumentCreated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { setGlobalOptions } from 'firebase-functions/v2/options';
import { Goal, Member, Report } from '../../src/app/domain/model';
import { syncAccess } from '../../src/app/data-access/firebase/access-sync';
import { refreshSummaries } from '../../src/app/data-access/firebase/summary-refresh';
import { refreshOutlines } from '../../src/app/data-access/firebase/outline-refresh';
import { carryOut, PublishRequest } from '../../src/app/data-access/firebase/publish-request';
import { accessAuthOf, organisationOf, outlineDbOf, publishDbOf, summaryDbOf } from './admin-adapters';

// Beside the data (README: Firestore in eur3 / europe-north1).
setGlobalOptions({ region: 'europe-north1', maxInstances: 10 });
initializeApp();
const db = getFirestore();

/** Every change of a report refreshes its plan's summary for its period (what the dashboards read). */
export const refreshPlanSummaries = onDocumentWritten('orgs/{orgId}/reports/{reportId}', async (event) => {
  const before = (event.data?.before.data() as Report | undefined) ?? null;
  const after = (event.data?.after.data() as Report | undefined) ?? null;
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
 * Every change of a member record brings the person's access (the custom claim) in step: saving a
 * person with an email address and a role in the admin page is the invitation.
 */
export const syncMemberAccess = onDocumentWritten('orgs/{orgId}/members/{memberId}', async (event) => {
  const before = (event.data?.before.data() as Member | undefined) ?? null;
  const after = (event.data?.after.data() as Member | undefined) ?? null;
  const organisation = await organisationOf(db, event.params.orgId);
  const outcomes = await syncAccess(accessAuthOf(getAuth()), organisation, before, after);
  for (const outcome of outcomes) {
    if (outcome.outcome === 'refused')
      logger.warn(`Access for ${outcome.email} not changed: ${outcome.reason}`);
    else logger.info(`Access for ${outcome.email}: ${outcome.outcome}`);
  }
});
