// Cloud Functions for Kompass. Deployed with `firebase deploy --only functions` (firebase.json
// bundles this file and the app's domain code into lib/ first: scripts/build-functions.mjs).
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, Transaction } from 'firebase-admin/firestore';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { setGlobalOptions } from 'firebase-functions/v2/options';
import { Report } from '../../src/app/domain/model';
import { PlanSummary } from '../../src/app/domain/plan-summary';
import { refreshSummaries, SummaryDb } from '../../src/app/data-access/firebase/summary-refresh';

// Beside the data (README: Firestore in eur3 / europe-north1).
setGlobalOptions({ region: 'europe-north1', maxInstances: 10 });
initializeApp();
const db = getFirestore();

/** The Admin SDK as the refresh needs it: reads and the summary write in one transaction. */
const summaryDb: SummaryDb = {
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
          return snapshot.docs.map((d) => d.data() as Report);
        },
        setSummary: (summary) => {
          tx.set(db.doc(`orgs/${summary.orgId}/summaries/${summary.id}`), summary);
        },
      }),
    ),
};

/** Every change of a report refreshes its plan's summary for its period (what the dashboards read). */
export const refreshPlanSummaries = onDocumentWritten('orgs/{orgId}/reports/{reportId}', async (event) => {
  const before = (event.data?.before.data() as Report | undefined) ?? null;
  const after = (event.data?.after.data() as Report | undefined) ?? null;
  await refreshSummaries(summaryDb, event.params.orgId, before, after, new Date(event.time));
});
