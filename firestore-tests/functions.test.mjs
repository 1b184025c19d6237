// node --test: every Cloud Function (functions/src/index.ts) run for real in the Functions
// emulator beside the Auth and Firestore emulators that `npm test` starts (scripts/firebase-stack.mjs):
// the triggers by writing documents as the app or an import does and waiting for their effect, the
// Kolada proxy by HTTP against the local Kolada stand-in, and the two scheduled functions (which
// the emulator runs only with a Pub/Sub emulator) by calling their handlers from the built bundle.
// Emails go to the stack's mail catcher. Without the stack, every test is skipped with the reason.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importTs } from '../scripts/ts-module.mjs';

const env = process.env;
const ready = env.FIRESTORE_EMULATOR_HOST && env.FUNCTIONS_EMULATOR_HOST && env.KOMPASS_MAIL_CATCHER;
const skip = ready
  ? false
  : env.KOMPASS_FIREBASE_SKIP_REASON ||
    'the Firebase emulators are not running (npm test starts them where Java 21+ and the Firestore emulator are installed)';
const PROJECT = 'demo-kompass';
const ORG = 'halmstad';

/** Waits for `check` to give something truthy, asking again every 200 ms (at most `seconds`). */
async function eventually(what, check, seconds = 120) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > until) assert.fail(`${what}: not seen within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Enabling reloads the triggers, which takes seconds; a minute means the emulator is stuck.
const hub = (path) =>
  fetch(`http://${env.FIREBASE_EMULATOR_HUB}${path}`, { method: 'PUT', signal: AbortSignal.timeout(60_000) });
const mails = async () => (await fetch(env.KOMPASS_MAIL_CATCHER)).json();

let db;
let auth;
let seed;
let FieldValue;

describe('Cloud Functions in the emulators', { skip }, () => {
  before(async () => {
    const { buildDemoSeed } = await importTs('src/app/data-access/local/demo-seed.ts', 'demo-seed');
    const { ENTITY_KINDS } = await importTs('src/app/domain/model.ts', 'model');
    const { timesForImport } = await importTs('src/app/data-access/firebase/stored-times.ts', 'stored-times');
    const { initializeApp } = await import('firebase-admin/app');
    const firestore = await import('firebase-admin/firestore');
    const { getAuth } = await import('firebase-admin/auth');
    FieldValue = firestore.FieldValue;
    const app = initializeApp({ projectId: PROJECT }, 'functions-test');
    db = firestore.getFirestore(app);
    auth = getAuth(app);
    // Today's demo (its open period's deadline a few days ahead), written as an import writes it,
    // with the triggers held so that only each test's own writes start a function.
    seed = buildDemoSeed(new Date());
    await hub('/functions/disableBackgroundTriggers');
    try {
      await fetch(
        `http://${env.FIRESTORE_EMULATOR_HOST}/emulator/v1/projects/${PROJECT}/databases/(default)/documents`,
        { method: 'DELETE' },
      );
      await fetch(`http://${env.FIREBASE_AUTH_EMULATOR_HOST}/emulator/v1/projects/${PROJECT}/accounts`, {
        method: 'DELETE',
      });
      const writes = [[`orgs/${ORG}`, seed.organisation]];
      // Every record as scripts/import-data.mjs writes it: reports' times as stored times.
      for (const kind of ENTITY_KINDS)
        for (const record of seed[kind]) {
          const stored =
            kind === 'reports'
              ? timesForImport(record, (iso) => firestore.Timestamp.fromDate(new Date(iso)))
              : record;
          writes.push([`orgs/${ORG}/${kind}/${record.id}`, stored]);
        }
      for (let i = 0; i < writes.length; i += 400) {
        const batch = db.batch();
        for (const [path, data] of writes.slice(i, i + 400)) batch.set(db.doc(path), data);
        await batch.commit();
      }
    } finally {
      await hub('/functions/enableBackgroundTriggers');
    }
    await fetch(env.KOMPASS_MAIL_CATCHER, { method: 'DELETE' });
  });

  const open = () => seed.periods.find((p) => p.state === 'open');
  /** A department's active department heads, who hear of its reports' decisions. */
  const headsOf = (departmentId) =>
    seed.members.filter(
      (m) => m.active && m.roles.includes('reporter') && m.departmentIds.includes(departmentId),
    );
  const reportsIn = (state) => seed.reports.filter((r) => r.periodId === open().id && r.state === state);

  test('refreshPlanSummaries: a submitted lead report reaches its plan summary', async () => {
    const draft = reportsIn('draft').find((r) => r.reportsAs === 'lead' && r.subjectType === 'goal');
    await db.doc(`orgs/${ORG}/reports/${draft.id}`).update({
      state: 'submitted',
      status: 'off-track',
      submittedAt: FieldValue.serverTimestamp(),
      submittedBy: 'someone',
      version: draft.version + 1,
    });
    const summary = await eventually('the summary', async () => {
      const data = (await db.doc(`orgs/${ORG}/summaries/${draft.planId}__${open().id}`).get()).data();
      return data?.goals?.[draft.goalId]?.reportId === draft.id ? data : null;
    });
    assert.equal(summary.goals[draft.goalId].status, 'off-track');
  });

  test('refreshGoalOutlines: a renamed goal is renamed in its plan outline', async () => {
    const goal = seed.goals[0];
    await db
      .doc(`orgs/${ORG}/goals/${goal.id}`)
      .update({ title: 'Nytt namn från testet', version: goal.version + 1 });
    await eventually('the outline', async () => {
      const parts = await db.collection(`orgs/${ORG}/goalOutlines`).where('planId', '==', goal.planId).get();
      return parts.docs.some((d) =>
        d.data().goals.some((g) => g.id === goal.id && g.title === 'Nytt namn från testet'),
      );
    });
  });

  test('syncMemberAccess: saving a person with an address and a role gives that account access', async () => {
    const member = {
      ...seed.members.find((m) => m.roles.includes('committee')),
      id: 'member-functions-test',
      email: 'ny.ledamot@halmstad.example',
      name: 'Ny Ledamot',
      roles: ['committee'],
      departmentIds: [],
      active: true,
    };
    await db.doc(`orgs/${ORG}/members/${member.id}`).set(member);
    const user = await eventually('the account with its claim', async () => {
      try {
        const found = await auth.getUserByEmail(member.email);
        return found.customClaims?.kompass ? found : null;
      } catch {
        return null;
      }
    });
    assert.equal(user.customClaims.kompass.orgId, ORG);
    assert.equal(user.customClaims.kompass.memberId, member.id);
    assert.deepEqual(user.customClaims.kompass.roles, ['committee']);
  });

  test('noticeReportDecisions: a returned report tells its department at once, by notice and email', async () => {
    const submitted = reportsIn('submitted').find((r) => r.subjectType === 'goal');
    await db.doc(`orgs/${ORG}/reports/${submitted.id}`).update({
      state: 'returned',
      returnComment: 'Komplettera med värden för kvinnor och män.',
      decidedAt: FieldValue.serverTimestamp(),
      decidedBy: 'a-strategist',
      version: submitted.version + 1,
    });
    const heads = headsOf(submitted.departmentId);
    assert.ok(heads.length > 0);
    const notices = await eventually('the notices', async () => {
      const found = await db.collection(`orgs/${ORG}/notices`).where('kind', '==', 'returned').get();
      return found.size > 0 ? found.docs.map((d) => d.data()) : null;
    });
    assert.ok(notices.some((n) => heads.some((h) => h.id === n.personId)));
    const sent = await eventually('the email', async () => {
      const all = await mails();
      return all.find((m) => heads.some((h) => m.to.includes(h.email))) ?? null;
    });
    assert.match(sent.text, /Komplettera med värden för kvinnor och män/);
  });

  test('noticeReportDecisions and noticePublications: records written already decided or published (an import) tell nobody', async () => {
    await fetch(env.KOMPASS_MAIL_CATCHER, { method: 'DELETE' });
    const decided = seed.reports.find((r) => r.state === 'returned');
    await db
      .doc(`orgs/${ORG}/reports/${decided.id}-imported`)
      .set({ ...decided, id: `${decided.id}-imported` });
    await db.doc(`orgs/${ORG}/publications/imported__publication`).set({
      id: 'imported__publication',
      orgId: ORG,
      planId: 'imported',
      periodId: 'publication',
      latestVersion: 1,
      versions: [{ version: 1, publishedAt: '2025-03-01T09:00:00.000Z' }],
      withdrawnAt: null,
    });
    // Then a real decision, on a report of another department: its email is the only one.
    const submitted = reportsIn('submitted').find(
      (r) => r.subjectType === 'goal' && r.departmentId !== decided.departmentId,
    );
    await db.doc(`orgs/${ORG}/reports/${submitted.id}`).update({
      state: 'approved',
      decidedAt: FieldValue.serverTimestamp(),
      decidedBy: 'a-strategist',
      version: submitted.version + 1,
    });
    const heads = headsOf(submitted.departmentId);
    await eventually('the real decision’s email', async () =>
      (await mails()).some((m) => heads.some((h) => m.to.includes(h.email))),
    );
    for (const mail of await mails())
      assert.ok(
        heads.some((h) => mail.to.includes(h.email)),
        `an email to ${mail.to}: ${mail.subject}`,
      );
  });

  test('carryOutPublishRequest and noticePublications: a request publishes, and the committee hears of it', async () => {
    const plan = seed.plans.find((p) => p.status === 'adopted');
    const closed = seed.periods.find((p) => p.state === 'closed');
    const ref = db.doc(`orgs/${ORG}/publishRequests/request-functions-test`);
    await ref.set({
      id: ref.id,
      orgId: ORG,
      action: 'publish',
      planId: plan.id,
      periodId: closed.id,
      requestedBy: seed.members.find((m) => m.roles.includes('strategist')).id,
      requestedAt: FieldValue.serverTimestamp(),
      state: 'waiting',
    });
    const answered = await eventually('the answer', async () => {
      const data = (await ref.get()).data();
      return data?.state !== 'waiting' ? data : null;
    });
    assert.equal(answered.state, 'done', JSON.stringify(answered));
    const publication = (await db.doc(`orgs/${ORG}/publications/${plan.id}__${closed.id}`).get()).data();
    assert.equal(publication.latestVersion, 1);
    const committee = seed.members.filter((m) => m.active && m.roles.includes('committee') && m.email);
    await eventually('the committee email', async () =>
      (await mails()).find((m) => committee.some((c) => m.to.includes(c.email))),
    );
  });

  test('koladaProxy: forwards a KPI read to Kolada and refuses anything else', async () => {
    const base = `http://${env.FUNCTIONS_EMULATOR_HOST}/${PROJECT}/europe-north1/koladaProxy`;
    const kpi = await fetch(`${base}/kolada/v3/kpi/N00945`);
    assert.equal(kpi.status, 200);
    assert.equal((await kpi.json()).values[0].id, 'N00945');
    const refused = await fetch(`${base}/kolada/v3/somewhere-else`);
    assert.ok(refused.status >= 400 && refused.status < 500, String(refused.status));
  });

  describe('the scheduled functions, their handlers called from the bundle', () => {
    let functions;
    before(() => {
      // The parameters as the emulator has them (scripts/firebase-stack.mjs).
      Object.assign(process.env, JSON.parse(env.KOMPASS_FUNCTION_PARAMS ?? '{}'));
      functions = createRequire(import.meta.url)(resolve('functions/lib/index.js'));
    });

    test('sendDailyNotices: the morning run makes the reminders and emails them', async () => {
      await fetch(env.KOMPASS_MAIL_CATCHER, { method: 'DELETE' });
      // 08:00 in Stockholm on the day of the three-day reminder (a Friday when that is a weekend).
      const { reminderDay } = await importTs('src/app/domain/notices.ts', 'notices');
      const morning = new Date(`${reminderDay(open().deadline, 3)}T07:00:00Z`);
      await functions.sendDailyNotices.run({ scheduleTime: morning.toISOString(), jobName: 'test' });
      const reminders = await db.collection(`orgs/${ORG}/notices`).where('kind', '==', 'reminder-3').get();
      assert.ok(reminders.size > 0, 'reminders made');
      assert.ok((await mails()).length > 0, 'emails sent');
    });

    test('refreshKoladaWeekly: the Monday run fetches every linked indicator from Kolada', async () => {
      const linked = seed.indicators.filter((i) => i.koladaKpi);
      assert.ok(linked.length > 0);
      await functions.refreshKoladaWeekly.run({ scheduleTime: new Date().toISOString(), jobName: 'test' });
      const fetched = await db.collection(`orgs/${ORG}/measurements`).where('fetchedAt', '!=', null).get();
      const indicators = new Set(fetched.docs.map((d) => d.data().indicatorId));
      assert.ok(
        linked.some((i) => indicators.has(i.id)),
        'values of a linked indicator written',
      );
    });
  });

  after(async () => {
    const { deleteApp, getApps } = await import('firebase-admin/app');
    await Promise.all(getApps().map((app) => deleteApp(app)));
  });
});
