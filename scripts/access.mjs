// Gives, changes or takes away a person's access to Kompass on Firebase, with the Admin SDK:
// access is a custom claim on the person's Auth account (src/app/data-access/firebase/access-claims.ts),
// which the app and firestore.rules read. Nobody can grant themselves a role from the browser.
//
//   node scripts/access.mjs grant --project P --email E --org ORG --org-name "Halmstads kommun"
//        --municipality 1380 --member MEMBER_ID --roles strategist[,admin,...] [--departments D1,D2]
//        [--name "Full Name"] [--title "Integrationsstrateg"] [--password P (emulator/test only)]
//        [--microsoft-tenant TENANT_ID]
//        [--firestore]   also write the organisation and the member record (the first administrator)
//   node scripts/access.mjs revoke --project P --email E
//
// Against the emulators: set FIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9099 (and
// FIRESTORE_EMULATOR_HOST for --firestore). Against a real project: GOOGLE_APPLICATION_CREDENTIALS
// pointing at a service-account key of that project (see docs/firebase.md).
// The account is created if it does not exist; without --password a link to choose a password is
// printed, to send to the person (the invitation). An account that already existed gets access only
// if its address is verified or (with --microsoft-tenant, the municipality's Entra ID tenant) it
// signs in with Microsoft at that address and has no password; otherwise the grant is refused.
import { importTs } from './ts-module.mjs';

const [command, ...rest] = process.argv.slice(2);
const options = {};
for (let i = 0; i < rest.length; i++) {
  if (!rest[i].startsWith('--')) continue;
  const next = rest[i + 1];
  options[rest[i].slice(2)] = next === undefined || next.startsWith('--') ? true : (i++, next);
}
const fail = (message) => {
  console.error(`access: ${message}`);
  process.exit(2);
};
const list = (value) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];

if (!['grant', 'revoke'].includes(command))
  fail('say "grant" or "revoke" (see the top of scripts/access.mjs)');
if (typeof options.project !== 'string') fail('--project is required (e.g. demo-kompass for the emulators)');
if (typeof options.email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(options.email))
  fail('--email must be an email address');

const { accessClaimFor } = await importTs('src/app/data-access/firebase/access-claims.ts', 'access-claims');
const { syncAccess, accessAuthOf } = await importTs('scripts/import-data-entry.ts', 'import-data');
const { initializeApp } = await import('firebase-admin/app');
const { getAuth } = await import('firebase-admin/auth');

const app = initializeApp({ projectId: options.project });
const auth = getAuth(app);
const email = options.email.trim().toLowerCase();

async function accountFor() {
  try {
    return await auth.getUserByEmail(email);
  } catch (error) {
    if (error?.code !== 'auth/user-not-found') throw error;
    return null;
  }
}

if (command === 'revoke') {
  const user = await accountFor();
  if (!user) fail(`no account for ${email}`);
  await auth.setCustomUserClaims(user.uid, null);
  // Signed-in sessions end at their next token refresh (within the hour) instead of lasting.
  await auth.revokeRefreshTokens(user.uid);
  console.log(`Access taken away from ${email}.`);
  process.exit(0);
}

for (const key of ['org', 'org-name', 'member', 'roles'])
  if (typeof options[key] !== 'string') fail(`--${key} is required for grant`);
const roles = list(options.roles);
const organisation = {
  id: options.org,
  name: options['org-name'],
  municipalityCode: typeof options.municipality === 'string' ? options.municipality : '',
};
const member = {
  id: options.member,
  roles,
  departmentIds: list(options.departments),
  title: typeof options.title === 'string' ? options.title : '',
  active: true,
};
let claims;
try {
  claims = accessClaimFor(organisation, member);
} catch (error) {
  fail(error.message);
}
if (!claims.kompass) fail('--roles must name at least one of admin, strategist, reporter, committee');
if (claims.kompass.roles.length !== roles.length)
  fail('--roles: only admin, strategist, reporter, committee');

// The same procedure as the access function (syncMemberAccess): an account that existed before
// this grant gets the roles only if its address is known to be its owner's (verified, or a
// Microsoft sign-in in --microsoft-tenant), and never one with access as someone else.
const person = {
  ...member,
  email,
  name: typeof options.name === 'string' ? options.name : '',
};
const existed = (await accountFor()) !== null;
const outcomes = await syncAccess(
  accessAuthOf(auth, {
    microsoftTenant: typeof options['microsoft-tenant'] === 'string' ? options['microsoft-tenant'] : '',
    ...(typeof options.password === 'string' ? { password: options.password } : {}),
  }),
  organisation,
  null,
  person,
);
const refused = outcomes.find((o) => o.outcome === 'refused');
if (refused) fail(`no access given to ${email}: ${refused.reason}`);
let user = await accountFor();
if (!existed) console.log(`Account created for ${email}.`);
else if (typeof options.name === 'string' && user.displayName !== options.name) {
  user = await auth.updateUser(user.uid, { displayName: options.name });
}
console.log(`Access given to ${email}: ${roles.join(', ')} in ${organisation.name}.`);
if (typeof options.password !== 'string' && !user.passwordHash) {
  const link = await auth.generatePasswordResetLink(email);
  console.log(`Send this link to ${email} to choose a password (or they sign in with Microsoft):\n${link}`);
}

if (options.firestore) {
  const { getFirestore } = await import('firebase-admin/firestore');
  const db = getFirestore(app);
  const at = new Date().toISOString();
  const stamps = (id) => ({
    id,
    orgId: organisation.id,
    version: 1,
    createdAt: at,
    createdBy: member.id,
    updatedAt: at,
    updatedBy: member.id,
  });
  const batch = db.batch();
  batch.set(db.doc(`orgs/${organisation.id}`), organisation, { merge: true });
  batch.set(db.doc(`orgs/${organisation.id}/members/${member.id}`), {
    ...stamps(member.id),
    name: typeof options.name === 'string' ? options.name : email,
    email,
    title: member.title,
    roles,
    departmentIds: member.departmentIds,
    active: true,
  });
  await batch.commit();
  console.log(`Organisation ${organisation.id} and member ${member.id} written to Firestore.`);
}
