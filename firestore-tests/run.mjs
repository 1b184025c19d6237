// Runs the authorization truth table (src/app/domain/policy-truth-table.ts) against
// firestore.rules in the Firestore emulator, with @firebase/rules-unit-testing.
// The emulator needs Java 21 and downloads its jar at first use. Where it is not running (no
// FIRESTORE_EMULATOR_HOST), every row is reported as skipped with the reason — never as passed.
// `npm run test:firebase` starts the emulators (a pinned firebase-tools, run on demand) and runs it.
// Writes test-results/rules-summary.json: { passed, failed, skipped, reason? }.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { importTs } from '../scripts/ts-module.mjs';

const SUMMARY = 'test-results/rules-summary.json';
mkdirSync('test-results', { recursive: true });
const { POLICY_TRUTH_TABLE, WHO } = await importTs('src/app/domain/policy-truth-table.ts', 'truth-table');
const { ENTITY_KINDS } = await importTs('src/app/domain/model.ts', 'model');

const host = process.env.FIRESTORE_EMULATOR_HOST;
// Reading without an account: the publications, and a snapshot while its publication is public,
// are the only documents anyone may read; nothing else is public.
const anonymousRows = [
  ...[
    ...ENTITY_KINDS,
    'audit',
    'summaries',
    'goalOutlines',
    'publishRequests',
    'notices',
    'noticeSettings',
  ].map((kind) => [kind, false, null]),
  ['publications', true, null],
  ['snapshotParts', true, null],
  ['snapshotParts', false, 'withdrawn'],
];
// Writes the app never makes, which a signed-in person could make from the browser console (below).
const value = (indicatorId, extra = {}) => ({ indicatorId, total: 10, women: 6, men: 4, ...extra });
// The rules check that each value is a map with an indicator id, up to 10; the domain checks the
// rest of a value's shape (validation.spec.ts), and summaries and snapshots skip what is not.
const valueRows = [
  ['a well-formed value', [value('i1', { missingReason: null, equalityAnalysis: 'Varför' })], true],
  [
    'the most values a report holds (10), with long texts',
    Array.from({ length: 10 }, (_, k) => value(`i${k}`, { equalityAnalysis: 'x'.repeat(4000) })),
    true,
  ],
  ['one value more than that (11)', Array.from({ length: 11 }, (_, k) => value(`i${k}`)), false],
  ['a null in place of a value', [null], false],
  ['a text in place of a value', ['i1'], false],
  ['a value without an indicator', [{ total: 1 }], false],
  ['a value whose indicator is a number', [{ indicatorId: 7, total: 1 }], false],
  ['values that are a map, not a list', { i1: 1 }, false],
  ['a malformed value after a valid one', [value('i1'), null], false],
  [
    'a malformed value in the tenth place',
    [...Array.from({ length: 9 }, (_, k) => value(`i${k}`)), 'x'],
    false,
  ],
];
const hygieneRows = [
  ['a goal with two tags', 'goals', { tags: ['cemr:1', 'sdg:5'] }, true],
  ['a goal with one tag twice', 'goals', { tags: ['cemr:1', 'cemr:1'] }, false],
  [
    'an indicator measured by Kolada, linked to a KPI',
    'indicators',
    { officialSeries: 'kolada', koladaKpi: 'N00945' },
    true,
  ],
  [
    'an indicator measured by Kolada without a KPI',
    'indicators',
    { officialSeries: 'kolada', koladaKpi: null },
    false,
  ],
  [
    'a Kolada value with the county, the country and a group to compare with',
    'measurements',
    {
      revisedFrom: { total: 2, women: null, men: null },
      peers: {
        county: { total: 1.5, women: 1, men: 2 },
        country: null,
        group: { total: 3, women: null, men: null, name: 'Liknande kommuner', id: 'G124026' },
      },
    },
    true,
  ],
  [
    'a Kolada value whose comparison has a field of its own',
    'measurements',
    { peers: { county: null, country: null, group: null, html: '<b>' } },
    false,
  ],
  [
    'a Kolada value whose revision holds text',
    'measurements',
    { revisedFrom: { total: 'lots', women: null, men: null } },
    false,
  ],
  [
    'a Kolada value whose group name is a map',
    'measurements',
    { peers: { county: null, country: null, group: { total: 1, women: null, men: null, name: { a: 1 } } } },
    false,
  ],
];
const republished = {
  latestVersion: 3,
  versions: [1, 2, 3].map((version) => ({ version, publishedAt: '2026-01-01T00:00:00.000Z' })),
  publicFromVersion: 3,
};
const republishRows = [
  ['the version published again after a withdrawal', 3, republished, true],
  ['a version from before the withdrawal', 2, republished, false],
  ['an old version of a publication never withdrawn (no line recorded)', 1, {}, true],
  ['any version while withdrawn', 3, { ...republished, withdrawnAt: '2026-02-01T00:00:00.000Z' }, false],
];
// Hole 6: access ends with the member record, not an hour later with the token.
const memberRows = [
  ['active', { active: true }, true],
  ['deactivated', { active: false }, false],
  ['missing', null, false],
];
if (!host) {
  const reason =
    process.env.KOMPASS_FIREBASE_SKIP_REASON ??
    'no Firestore emulator is running (`npm test` starts one where Java 21+ and the emulator can run)';
  const summary = {
    passed: 0,
    failed: 0,
    skipped: POLICY_TRUTH_TABLE.length + anonymousRows.length + valueRows.length,
    reason,
  };
  writeFileSync(SUMMARY, JSON.stringify(summary, null, 2));
  console.log(
    `firestore.rules: ${POLICY_TRUTH_TABLE.length + anonymousRows.length + valueRows.length + memberRows.length + hygieneRows.length + republishRows.length} rows skipped — ${reason}.`,
  );
  process.exit(0);
}

// ---- with the emulator ------------------------------------------------------------------------
const { initializeTestEnvironment, assertSucceeds, assertFails } =
  await import('@firebase/rules-unit-testing');
const { doc, deleteDoc, getDoc, setDoc, updateDoc, writeBatch, serverTimestamp, setLogLevel } =
  await import('firebase/firestore');
// Half the rows are refusals: the SDK would log each one as a warning.
setLogLevel('silent');

const ORG = 'org-test';
const env = await initializeTestEnvironment({
  projectId: 'demo-kompass-rules',
  firestore: {
    rules: readFileSync('firestore.rules', 'utf8'),
    host: host.split(':')[0],
    port: Number(host.split(':')[1]),
  },
});
const uid = (who) => `uid-${who.replace(':', '-')}`;
const at = '2026-01-01T00:00:00.000Z';
const stamps = (id, by, version = 1) => ({
  id,
  orgId: ORG,
  version,
  createdAt: at,
  createdBy: by,
  updatedAt: at,
  updatedBy: by,
});

/** A valid record of each kind (and the state the row is about). */
function recordFor(resource, id, by, version = 1) {
  const base = stamps(id, by, version);
  switch (resource.kind) {
    case 'plans':
      return {
        ...base,
        title: 'Plan',
        theme: 'integration',
        validFrom: 2026,
        validTo: 2028,
        decisionRef: '',
        adoptedOn: resource.planStatus === 'draft' ? null : '2026-01-10',
        status: resource.planStatus,
        description: '',
      };
    case 'focusAreas':
      return { ...base, planId: 'p', title: 'Område', description: '', order: 0 };
    case 'goals':
      return {
        ...base,
        planId: 'p',
        focusAreaId: 'fa',
        title: 'Mål',
        description: '',
        leadDepartmentId: 'own',
        contributingDepartmentIds: [],
        targetYear: 2030,
        order: 0,
      };
    case 'indicators':
      return {
        ...base,
        planId: 'p',
        goalId: 'g',
        name: 'Andel',
        unit: '%',
        baselineValue: 1,
        baselineYear: 2024,
        targetValue: 2,
        targetYear: 2030,
        direction: 'increase',
        source: '',
        koladaKpi: null,
        genderDisaggregated: true,
      };
    case 'activities':
      return {
        ...base,
        planId: 'p',
        goalId: 'g',
        title: 'Aktivitet',
        description: '',
        responsibleDepartmentId: 'own',
        responsiblePerson: '',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        budgetSek: null,
      };
    case 'measurements':
      return {
        ...base,
        planId: 'p',
        indicatorId: 'i',
        year: 2025,
        total: 1,
        women: null,
        men: null,
        source: 'Kolada N00945',
      };
    case 'periods':
      return {
        ...base,
        name: 'Helår 2026',
        kind: 'annual',
        year: 2026,
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        opensOn: '2026-12-01',
        deadline: '2027-01-31',
        state: 'open',
      };
    case 'departments':
      return { ...base, name: 'Förvaltning', shortName: 'F', active: true };
    case 'members':
      return {
        ...base,
        name: 'Person',
        email: 'p@example.org',
        title: '',
        roles: ['committee'],
        departmentIds: [],
        active: true,
      };
    case 'summaries':
      return {
        id,
        orgId: ORG,
        planId: 'p',
        periodId: 'open',
        goals: { g: { reportId: 'r', departmentId: 'own', status: 'at-risk', analysis: 'Text' } },
        reported: { g: ['own'] },
        reportCount: 1,
        awaitingReview: 0,
        computedAt: at,
      };
    case 'goalOutlines':
      return {
        id,
        orgId: ORG,
        planId: 'p',
        part: 0,
        goals: [{ ...base, id: 'g', planId: 'p', focusAreaId: 'fa', title: 'Mål', order: 1 }],
        computedAt: at,
      };
    case 'publications':
      return {
        id,
        orgId: ORG,
        planId: 'p',
        periodId: 'open',
        planTitle: 'Plan',
        theme: 'integration',
        period: {
          name: 'Helår 2026',
          kind: 'annual',
          year: 2026,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
        latestVersion: 1,
        versions: [{ version: 1, publishedAt: at }],
        withdrawnAt: null,
      };
    case 'snapshotParts':
      return { id, orgId: ORG, planId: 'p', periodId: 'open', version: 1, part: 0, parts: 1, json: '{}' };
    case 'notices':
      return {
        id,
        orgId: ORG,
        personId: resource.personId ?? 'someone',
        kind: 'returned',
        day: '2026-01-01',
        link: '/reporting',
        period: null,
        items: ['Mål'],
        comment: '',
        waiting: 0,
        reported: 0,
        expected: 0,
        departments: [],
        createdAt: at,
        readAt: null,
        mailedAt: null,
      };
    case 'noticeSettings':
      return { id, orgId: ORG, language: 'sv', digest: true, reminders: true };
    case 'publishRequests':
      return {
        id,
        orgId: ORG,
        action: 'publish',
        planId: 'p',
        periodId: 'open',
        requestedBy: by,
        state: 'waiting',
      };
    case 'audit':
      return {
        id,
        orgId: ORG,
        at,
        by,
        byName: 'X',
        action: 'create',
        entity: 'plans',
        entityId: 'x',
        before: null,
        after: null,
        comment: '',
      };
    case 'reports':
      return {
        ...base,
        planId: 'p',
        goalId: 'g',
        subjectType: 'goal',
        subjectId: 'g',
        departmentId: resource.department,
        reportsAs: 'lead',
        periodId: resource.periodState,
        status: 'on-track',
        progress: null,
        indicatorValues: [],
        analysis: 'Text',
        nextSteps: '',
        documentUrl: '',
        state: resource.state,
        returnComment: '',
        submittedAt: null,
        submittedBy: resource.submittedBy ?? null,
        decidedAt: null,
        decidedBy: null,
      };
  }
}

/** A record as an audit entry copies it: without its times (the rules allow only those to differ). */
const withoutTimes = (record) =>
  record &&
  Object.fromEntries(
    Object.entries(record).filter(
      ([field]) => !['createdAt', 'updatedAt', 'submittedAt', 'decidedAt'].includes(field),
    ),
  );
/** An audit entry as the write engine writes it: server time, the member record's name, the record before and after. */
const entryOf = ({ id, me, action, entity, entityId, before = null, after = null }) => ({
  ...recordFor({ kind: 'audit' }, id, me),
  at: serverTimestamp(),
  byName: 'Person',
  action,
  entity,
  entityId,
  before: withoutTimes(before),
  after: withoutTimes(after),
});

let passed = 0;
let failed = 0;
let n = 0;
// KOMPASS_RULES_ATTACKS_ONLY=1: only the attacks at the end (quick, while changing the rules).
const tableRows = process.env.KOMPASS_RULES_ATTACKS_ONLY ? [] : POLICY_TRUTH_TABLE;
for (const row of tableRows) {
  await env.clearFirestore();
  const who = WHO[row.who];
  const me = uid(row.who);
  const resource =
    row.resource.kind === 'reports'
      ? {
          ...row.resource,
          department: who.ownDepartment ? 'own' : 'other',
          submittedBy: who.submitter ? me : null,
        }
      : row.resource.kind === 'notices' || row.resource.kind === 'noticeSettings'
        ? { ...row.resource, personId: row.resource.own ? me : 'someone-else' }
        : row.resource;
  const id =
    resource.kind === 'reports'
      ? `${resource.periodState}__goal__g__${resource.department}`
      : resource.kind === 'noticeSettings'
        ? resource.personId
        : `rec-${n++}`;
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    for (const state of ['planned', 'open', 'closed']) {
      await setDoc(doc(db, `orgs/${ORG}/periods/${state}`), {
        ...recordFor({ kind: 'periods' }, state, 'seed'),
        state,
      });
    }
    // The person's member record, active (a deactivated person's writes are refused: attacks below).
    await setDoc(doc(db, `orgs/${ORG}/members/${me}`), recordFor({ kind: 'members' }, me, 'seed'));
    // The report's goal: led by the report's department when that department carries it.
    await setDoc(doc(db, `orgs/${ORG}/goals/g`), {
      ...recordFor({ kind: 'goals' }, 'g', 'seed'),
      leadDepartmentId: resource.kind === 'reports' && who.carries ? resource.department : 'not-this-one',
    });
    if (row.action !== 'create')
      await setDoc(doc(db, `orgs/${ORG}/${resource.kind}/${id}`), recordFor(resource, id, 'seed'));
    // A snapshot is read through its publication (public unless taken down).
    if (resource.kind === 'snapshotParts')
      await setDoc(
        doc(db, `orgs/${ORG}/publications/p__open`),
        recordFor({ kind: 'publications' }, 'p__open', 'seed'),
      );
  });
  // Access as scripts/access.mjs grants it: the `kompass` claim on the token (member id = uid here).
  const person = WHO[row.who];
  const claims = person.roles.length
    ? {
        kompass: {
          orgId: ORG,
          orgName: 'Test',
          municipalityCode: '',
          memberId: me,
          roles: person.roles,
          departmentIds: person.ownDepartment ? ['own'] : ['elsewhere'],
        },
      }
    : {};
  const db = env.authenticatedContext(me, claims).firestore();
  const ref = doc(db, `orgs/${ORG}/${resource.kind}/${id}`);
  const auditRef = (version) => doc(db, `orgs/${ORG}/audit/${id}__${version}`);
  // The entry of this row's change, as the write engine makes it: the record's kind and id, the
  // version the change leaves, and the step it records (a report's transition by its name, which
  // is how the rules tell `return` from `reopen`, and a `withdraw` from an edit of a draft).
  const seeded = recordFor(resource, id, 'seed');
  const audit = (version, action, before, after) =>
    entryOf({ id: `${id}__${version}`, me, action, entity: resource.kind, entityId: id, before, after });
  const change = (patch, action = row.action) => {
    const batch = writeBatch(db);
    // Times that decide anything are the server's (firestore.rules compare them with request.time).
    const changed = { ...patch, version: 2, updatedBy: me, updatedAt: serverTimestamp() };
    batch.update(ref, changed);
    batch.set(auditRef(2), audit(2, action, seeded, { ...seeded, ...changed }));
    return batch.commit();
  };
  let attempt;
  switch (row.action) {
    case 'read':
      attempt = getDoc(ref);
      break;
    case 'create': {
      if (resource.kind === 'notices' || resource.kind === 'noticeSettings') {
        // The person's own documents carry no audit entry.
        attempt = setDoc(ref, recordFor(resource, id, me));
        break;
      }
      if (resource.kind === 'publishRequests') {
        // A request is a document of its own, timed by the server, with no audit entry.
        attempt = setDoc(ref, { ...recordFor(resource, id, me), requestedAt: serverTimestamp() });
        break;
      }
      const batch = writeBatch(db);
      // Times that decide anything are the server's: the rules compare them with request.time.
      // A new report is a draft nobody has submitted (whoever the row's person is).
      const record = recordFor({ ...resource, submittedBy: null }, id, me);
      batch.set(
        ref,
        resource.kind === 'audit'
          ? record
          : { ...record, createdAt: serverTimestamp(), updatedAt: serverTimestamp() },
      );
      if (resource.kind !== 'audit') batch.set(auditRef(1), audit(1, 'create', null, record));
      // A goal's first report says so beside it, as the app writes it (reported-goals.ts).
      if (resource.kind === 'reports') batch.set(doc(db, `orgs/${ORG}/reportedGoals/g`), { goalId: 'g' });
      attempt = batch.commit();
      break;
    }
    case 'update':
      if (resource.kind === 'notices' || resource.kind === 'noticeSettings') {
        // Marking read (the server's time), or changing a choice.
        attempt = updateDoc(
          ref,
          resource.kind === 'notices' ? { readAt: serverTimestamp() } : { digest: false },
        );
        break;
      }
      attempt =
        resource.kind === 'audit'
          ? updateDoc(ref, { comment: 'x' })
          : change(resource.kind === 'reports' ? { analysis: 'Ny text' } : {});
      break;
    case 'delete': {
      if (resource.kind === 'notices' || resource.kind === 'noticeSettings') {
        attempt = deleteDoc(ref);
        break;
      }
      // A removal is written with its audit entry, for the version after the record's (1).
      const batch = writeBatch(db);
      batch.delete(ref);
      if (resource.kind !== 'audit') batch.set(auditRef(2), audit(2, 'delete', seeded, null));
      attempt = batch.commit();
      break;
    }
    case 'submit':
      attempt = change({ state: 'submitted', submittedBy: me, submittedAt: serverTimestamp() });
      break;
    case 'approve':
      attempt = change({ state: 'approved', decidedBy: me, decidedAt: serverTimestamp() });
      break;
    case 'return':
      attempt = change({
        state: 'returned',
        returnComment: 'Komplettera',
        decidedBy: me,
        decidedAt: serverTimestamp(),
      });
      break;
    case 'withdraw':
      attempt = change({ state: 'draft', submittedBy: null, submittedAt: null });
      break;
    case 'reopen':
      attempt = change({
        state: 'returned',
        returnComment: 'Fel siffror',
        decidedBy: me,
        decidedAt: serverTimestamp(),
      });
      break;
  }
  try {
    await (row.allowed ? assertSucceeds(attempt) : assertFails(attempt));
    passed++;
  } catch (error) {
    failed++;
    console.error(
      `✘ ${row.who} ${row.allowed ? 'may' : 'may not'} ${row.action} ${JSON.stringify(row.resource)}: ${error.message}`,
    );
  }
}
for (const [kind, allowed, publicationState] of process.env.KOMPASS_RULES_ATTACKS_ONLY ? [] : anonymousRows) {
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    await setDoc(
      doc(db, `orgs/${ORG}/${kind}/x`),
      recordFor(
        { kind, planStatus: 'adopted', state: 'approved', periodState: 'closed', department: 'own' },
        'x',
        'seed',
      ),
    );
    await setDoc(doc(db, `orgs/${ORG}/publications/p__open`), {
      ...recordFor({ kind: 'publications' }, 'p__open', 'seed'),
      withdrawnAt: publicationState === 'withdrawn' ? '2026-12-01T00:00:00.000Z' : null,
    });
  });
  const attempt = getDoc(doc(env.unauthenticatedContext().firestore(), `orgs/${ORG}/${kind}/x`));
  try {
    await (allowed ? assertSucceeds(attempt) : assertFails(attempt));
    passed++;
  } catch (error) {
    failed++;
    console.error(
      `✘ anyone without an account ${allowed ? 'may' : 'may not'} read ${kind} ${publicationState ?? ''}: ${error.message}`,
    );
  }
}

// ---- attacks: what a signed-in person could write from the browser console ----------------------
// Each is a write the app never makes; the rules must refuse it (or, for the controls, allow it).
// A signed-in person with an active member record, and a goal led by `own` in an open period.
const asPerson = async (me, roles, departmentIds) => {
  await env.withSecurityRulesDisabled((context) =>
    setDoc(doc(context.firestore(), `orgs/${ORG}/members/${me}`), recordFor({ kind: 'members' }, me, 'seed')),
  );
  return env
    .authenticatedContext(me, {
      kompass: { orgId: ORG, orgName: 'Test', municipalityCode: '', memberId: me, roles, departmentIds },
    })
    .firestore();
};
const seedGoal = (reported) =>
  env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    await setDoc(doc(db, `orgs/${ORG}/goals/g`), {
      ...recordFor({ kind: 'goals' }, 'g', 'seed'),
      leadDepartmentId: 'own',
    });
    await setDoc(doc(db, `orgs/${ORG}/periods/open`), {
      ...recordFor({ kind: 'periods' }, 'open', 'seed'),
      state: 'open',
    });
    if (reported) await setDoc(doc(db, `orgs/${ORG}/reportedGoals/g`), { goalId: 'g' });
  });
const attacks = valueRows.map(([what, indicatorValues, allowed]) => ({
  what: `a department head's own draft with ${what}`,
  allowed,
  async run() {
    const id = 'open__goal__g__own';
    await seedGoal(false);
    await env.withSecurityRulesDisabled(async (context) => {
      const db = context.firestore();
      await setDoc(
        doc(db, `orgs/${ORG}/reports/${id}`),
        recordFor({ kind: 'reports', department: 'own', periodState: 'open', state: 'draft' }, id, 'seed'),
      );
      await setDoc(
        doc(db, `orgs/${ORG}/members/uid-attacker`),
        recordFor({ kind: 'members' }, 'uid-attacker', 'seed'),
      );
    });
    const me = 'uid-attacker';
    const claims = {
      kompass: {
        orgId: ORG,
        orgName: 'Test',
        municipalityCode: '',
        memberId: me,
        roles: ['reporter'],
        departmentIds: ['own'],
      },
    };
    const db = env.authenticatedContext(me, claims).firestore();
    const batch = writeBatch(db);
    const changed = { indicatorValues, version: 2, updatedBy: me, updatedAt: serverTimestamp() };
    batch.update(doc(db, `orgs/${ORG}/reports/${id}`), changed);
    const seeded = recordFor(
      { kind: 'reports', department: 'own', periodState: 'open', state: 'draft' },
      id,
      'seed',
    );
    batch.set(
      doc(db, `orgs/${ORG}/audit/${id}__2`),
      entryOf({
        id: `${id}__2`,
        me,
        action: 'update',
        entity: 'reports',
        entityId: id,
        before: seeded,
        after: { ...seeded, ...changed },
      }),
    );
    return batch.commit();
  },
}));
// A strategist whose token still carries the claim, by the state of their member record.
const strategistClaims = (me) => ({
  kompass: {
    orgId: ORG,
    orgName: 'Test',
    municipalityCode: '',
    memberId: me,
    roles: ['strategist'],
    departmentIds: [],
  },
});
for (const [what, record, allowed] of memberRows) {
  attacks.push({
    what: `a strategist whose member record is ${what} creates a plan, and asks for a publication`,
    allowed,
    async run() {
      const me = 'uid-strategist';
      if (record)
        await env.withSecurityRulesDisabled((context) =>
          setDoc(doc(context.firestore(), `orgs/${ORG}/members/${me}`), {
            ...recordFor({ kind: 'members' }, me, 'seed'),
            ...record,
          }),
        );
      const db = env.authenticatedContext(me, strategistClaims(me)).firestore();
      const batch = writeBatch(db);
      const plan = recordFor({ kind: 'plans', planStatus: 'draft' }, 'new-plan', me);
      batch.set(doc(db, `orgs/${ORG}/plans/new-plan`), {
        ...plan,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      });
      batch.set(
        doc(db, `orgs/${ORG}/audit/new-plan__1`),
        entryOf({
          id: 'new-plan__1',
          me,
          action: 'create',
          entity: 'plans',
          entityId: 'new-plan',
          after: plan,
        }),
      );
      await batch.commit();
      return setDoc(doc(db, `orgs/${ORG}/publishRequests/req-1`), {
        ...recordFor({ kind: 'publishRequests' }, 'req-1', me),
        requestedAt: serverTimestamp(),
      });
    },
  });
}
// Hole 2: withdrawn and published again, only the versions since are public.
for (const [what, version, publication, allowed] of republishRows) {
  attacks.push({
    what: `anyone without an account reads ${what}`,
    allowed,
    async run() {
      await env.withSecurityRulesDisabled(async (context) => {
        const db = context.firestore();
        await setDoc(doc(db, `orgs/${ORG}/publications/p__open`), {
          ...recordFor({ kind: 'publications' }, 'p__open', 'seed'),
          ...publication,
        });
        await setDoc(doc(db, `orgs/${ORG}/snapshotParts/v${version}`), {
          ...recordFor({ kind: 'snapshotParts' }, `v${version}`, 'seed'),
          version,
        });
      });
      return getDoc(doc(env.unauthenticatedContext().firestore(), `orgs/${ORG}/snapshotParts/v${version}`));
    },
  });
}
// Hole 10: what the domain refuses, the rules refuse too.
for (const [what, kind, patch, allowed] of hygieneRows) {
  attacks.push({
    what: `a strategist creates ${what}`,
    allowed,
    async run() {
      const me = 'uid-strategist';
      await env.withSecurityRulesDisabled((context) =>
        setDoc(
          doc(context.firestore(), `orgs/${ORG}/members/${me}`),
          recordFor({ kind: 'members' }, me, 'seed'),
        ),
      );
      const db = env.authenticatedContext(me, strategistClaims(me)).firestore();
      const batch = writeBatch(db);
      const record = { ...recordFor({ kind }, 'new', me), ...patch };
      batch.set(doc(db, `orgs/${ORG}/${kind}/new`), {
        ...record,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      });
      batch.set(
        doc(db, `orgs/${ORG}/audit/new__1`),
        entryOf({ id: 'new__1', me, action: 'create', entity: kind, entityId: 'new', after: record }),
      );
      return batch.commit();
    },
  });
}
// Hole 7: a goal with reports stays, as in the write engine; the marker that says so cannot be
// left out, removed or bent.
for (const [what, reported, allowed] of [
  ['a goal nobody has reported on', false, true],
  ['a goal with reports', true, false],
]) {
  attacks.push({
    what: `a strategist removes ${what}`,
    allowed,
    async run() {
      await seedGoal(reported);
      const me = 'uid-strategist';
      const db = await asPerson(me, ['strategist'], []);
      const batch = writeBatch(db);
      batch.delete(doc(db, `orgs/${ORG}/goals/g`));
      batch.set(
        doc(db, `orgs/${ORG}/audit/g__2`),
        entryOf({
          id: 'g__2',
          me,
          action: 'delete',
          entity: 'goals',
          entityId: 'g',
          before: { ...recordFor({ kind: 'goals' }, 'g', 'seed'), leadDepartmentId: 'own' },
        }),
      );
      return batch.commit();
    },
  });
}
for (const [what, marker, allowed] of [
  ['without saying the goal has reports', null, false],
  ['saying so for another goal', { path: 'other', data: { goalId: 'other' } }, false],
  ['with more in the marker than the goal', { path: 'g', data: { goalId: 'g', note: 'x' } }, false],
  ['saying the goal has reports (as the app does)', { path: 'g', data: { goalId: 'g' } }, true],
]) {
  attacks.push({
    what: `a department head starts a report ${what}`,
    allowed,
    async run() {
      await seedGoal(false);
      const me = 'uid-head';
      const db = await asPerson(me, ['reporter'], ['own']);
      const id = 'open__goal__g__own';
      const batch = writeBatch(db);
      const report = recordFor(
        { kind: 'reports', department: 'own', periodState: 'open', state: 'draft', submittedBy: null },
        id,
        me,
      );
      batch.set(doc(db, `orgs/${ORG}/reports/${id}`), {
        ...report,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      });
      batch.set(
        doc(db, `orgs/${ORG}/audit/${id}__1`),
        entryOf({ id: `${id}__1`, me, action: 'create', entity: 'reports', entityId: id, after: report }),
      );
      if (marker) batch.set(doc(db, `orgs/${ORG}/reportedGoals/${marker.path}`), marker.data);
      return batch.commit();
    },
  });
}
for (const [what, write] of [
  ['removes', (ref) => deleteDoc(ref)],
  ['reads', (ref) => getDoc(ref)],
]) {
  attacks.push({
    what: `a strategist ${what} the marker that a goal has reports`,
    allowed: false,
    async run() {
      await seedGoal(true);
      const db = await asPerson('uid-strategist', ['strategist'], []);
      return write(doc(db, `orgs/${ORG}/reportedGoals/g`));
    },
  });
}
// Hole 5: an entry says what happened. Each row is a strategist's change of a goal (v1 → v2) with
// its entry bent one way; the first row is the entry as the app writes it.
const goalSeed = { ...recordFor({ kind: 'goals' }, 'g', 'seed'), leadDepartmentId: 'own' };
for (const [what, bend, changesGoal, allowed] of [
  ['as the app writes it', {}, true, true],
  ['at a time of its own choosing', { at: '2020-01-01T00:00:00.000Z' }, true, false],
  ['in another person’s name', { byName: 'Kommundirektören' }, true, false],
  ['as a removal', { action: 'delete' }, true, false],
  ['as an approval (a goal has no steps)', { action: 'approve' }, true, false],
  [
    'with a record after that was never written',
    { after: { ...goalSeed, version: 2, updatedBy: 'uid-strategist', title: 'Påhittat' } },
    true,
    false,
  ],
  ['with a record before that was never stored', { before: { ...goalSeed, title: 'Påhittat' } }, true, false],
  ['beside no change at all (as its last writer, with its version’s id)', {}, false, false],
]) {
  attacks.push({
    what: `a strategist writes the audit entry of a goal’s change ${what}`,
    allowed,
    async run() {
      const me = 'uid-strategist';
      const stored = changesGoal ? goalSeed : { ...goalSeed, updatedBy: me };
      // Beside no change: the goal's last writer is the attacker, whose entry takes its version's id
      // (an imported record has no entry of that id).
      await env.withSecurityRulesDisabled((context) =>
        setDoc(doc(context.firestore(), `orgs/${ORG}/goals/g`), stored),
      );
      const db = await asPerson(me, ['strategist'], []);
      const batch = writeBatch(db);
      const changed = { title: 'Nytt mål', version: 2, updatedBy: me, updatedAt: serverTimestamp() };
      if (changesGoal) batch.update(doc(db, `orgs/${ORG}/goals/g`), changed);
      const entryId = changesGoal ? 'g__2' : 'g__1';
      batch.set(doc(db, `orgs/${ORG}/audit/${entryId}`), {
        ...entryOf({
          id: entryId,
          me,
          action: 'update',
          entity: 'goals',
          entityId: 'g',
          before: stored,
          after: changesGoal ? { ...goalSeed, ...changed } : stored,
        }),
        ...bend,
      });
      return batch.commit();
    },
  });
}
for (const attack of attacks) {
  await env.clearFirestore();
  try {
    const attempt = attack.run();
    await (attack.allowed ? assertSucceeds(attempt) : assertFails(attempt));
    passed++;
  } catch (error) {
    failed++;
    console.error(`✘ ${attack.allowed ? 'allowed' : 'refused'}: ${attack.what}: ${error.message}`);
  }
}

await env.cleanup();
writeFileSync(SUMMARY, JSON.stringify({ passed, failed, skipped: 0 }, null, 2));
console.log(`firestore.rules: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
