import { spawnSync } from 'node:child_process';
import { expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { accessAuthOf } from '../functions/src/admin-adapters';
import { AccessPerson, syncAccess } from '../src/app/data-access/firebase/access-sync';

// The Firebase backend signing in through the real Firebase Auth emulator, beside the Firestore
// and Functions emulators (`npm test` starts them: scripts/firebase-stack.mjs). The app is the
// same production build, served with a config.json that points at the emulators. These tests are
// about what Auth decides: sign-in, access from the administrator's grant, "no access yet",
// password reset and sign-out.

const APP = `http://localhost:${Number(process.env.E2E_PORT ?? 4300) + 6}`;
const AUTH_HOST = process.env['FIREBASE_AUTH_EMULATOR_HOST'] ?? '';
const AUTH = `http://${AUTH_HOST}`;
const PROJECT = 'demo-kompass';
const PASSWORD = 'Lösenord-för-test-1';

test.describe.configure({ mode: 'serial' });
test.skip(
  !AUTH_HOST,
  process.env['KOMPASS_FIREBASE_SKIP_REASON'] ??
    'the Firebase emulators are not running (npm test starts them)',
);

/** A fresh address per test, so the tests do not share accounts in the emulator. */
function address(who: string): string {
  return `${who}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@halmstad.example`;
}

/** The Admin SDK against the Auth emulator, as the access function uses it (one app for the file). */
async function adminAuth() {
  const { initializeApp, getApps } = await import('firebase-admin/app');
  const { getAuth } = await import('firebase-admin/auth');
  const app =
    getApps().find((a) => a.name === 'e2e-sync') ?? initializeApp({ projectId: PROJECT }, 'e2e-sync');
  const admin = getAuth(app);
  return { admin, auth: accessAuthOf(admin, { microsoftTenant: '' }) };
}

/** An account with no access, as anyone could make with the sign-up endpoint; its ID token. */
async function createAccount(email: string): Promise<string> {
  const response = await fetch(`${AUTH}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-api-key`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, returnSecureToken: true }),
  });
  expect(response.ok).toBe(true);
  return ((await response.json()) as { idToken: string }).idToken;
}

/**
 * Links a Microsoft identity to a signed-up account, as anyone could from the browser console
 * with a Microsoft account of their own (the Auth emulator takes the identity's claims unsigned).
 */
async function linkMicrosoft(idToken: string, claims: { sub: string; email: string }): Promise<void> {
  const response = await fetch(
    `${AUTH}/identitytoolkit.googleapis.com/v1/accounts:signInWithIdp?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        idToken,
        requestUri: 'http://localhost',
        postBody: `providerId=microsoft.com&id_token=${encodeURIComponent(JSON.stringify(claims))}`,
        returnSecureToken: true,
      }),
    },
  );
  expect(response.ok, await response.clone().text()).toBe(true);
}

/** The administrator's grant, with the real script and the Admin SDK. */
function grant(email: string, name: string, roles: string, departments = ''): void {
  // With the member record (--firestore): the rules check it is active on every change.
  const result = runGrant(email, name, roles, departments, ['--password', PASSWORD, '--firestore']);
  expect(result.status, result.stderr).toBe(0);
}

function runGrant(email: string, name: string, roles: string, departments: string, extra: string[]) {
  return spawnSync(
    'node',
    [
      'scripts/access.mjs',
      'grant',
      '--project',
      PROJECT,
      '--email',
      email,
      '--name',
      name,
      ...extra,
      '--org',
      'halmstad',
      '--org-name',
      'Halmstads kommun',
      '--municipality',
      '1380',
      '--member',
      `m-${Date.now()}`,
      '--roles',
      roles,
      ...(departments ? ['--departments', departments] : []),
    ],
    { encoding: 'utf8', env: process.env },
  );
}

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${APP}/sign-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}

test('the sign-in page offers Microsoft and email/password, and says what is missing', async ({ page }) => {
  await page.goto(`${APP}/sign-in`);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logga in med Microsoft' })).toBeVisible();
  // No demo people in production.
  await expect(page.getByRole('button', { name: /Logga in som/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(page.getByText('Skriv din e-postadress.')).toBeVisible();
  await expect(page.getByText('Skriv ditt lösenord.')).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toBeFocused();

  await page.getByLabel('E-postadress').fill('samir.haddad');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(page.getByText('Skriv en hel e-postadress, till exempel namn@kommun.se.')).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toHaveValue('samir.haddad');
  await expectNoAxeViolations(page);
});

test('a wrong password is refused by Auth with a clear message, and the address stays', async ({ page }) => {
  const email = address('fel');
  await createAccount(email);
  await signIn(page, email, 'inte-rätt-lösenord');
  await expect(page.getByRole('alert')).toHaveText('E-postadressen eller lösenordet stämmer inte.');
  await expect(page.getByLabel('E-postadress')).toHaveValue(email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an account nobody has given access sees "no access yet", whom to ask, and can sign out', async ({
  page,
}) => {
  const email = address('ny');
  await createAccount(email);
  await signIn(page, email);

  await expect(page.getByRole('heading', { level: 1, name: 'Ingen åtkomst ännu' })).toBeVisible();
  await expect(page.getByText(`Du är inloggad som ${email}`)).toBeVisible();
  await expect(page.getByText(/Be systemförvaltaren för Kompass/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Still no access on a page that needs a role, also after a reload.
  await page.goto(`${APP}/plans`);
  await expect(page).toHaveURL(/\/no-access$/);

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`${APP}/plans`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an invited strategist signs in, stays signed in after a reload, and signs out', async ({ page }) => {
  const email = address('samir');
  grant(email, 'Samir Haddad', 'strategist');
  await signIn(page, email);

  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplaner' })).toBeVisible();
  await expect(page.getByText('Inloggad som Samir Haddad')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Inloggad som Samir Haddad')).toBeVisible();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`${APP}/plans`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an invited department head lands on their reporting; a committee member on the overview', async ({
  page,
}) => {
  const head = address('chef');
  grant(head, 'Eva Lund', 'reporter', 'uaf');
  await signIn(page, head);
  await expect(page).toHaveURL(/\/reporting$/);
  await expect(page.getByText('Inloggad som Eva Lund')).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const politician = address('politiker');
  grant(politician, 'Per Nämnd', 'committee');
  await signIn(page, politician);
  await expect(page).toHaveURL(/\/overview$/);
  // A committee member's role does not open the strategists' workspace.
  await page.goto(`${APP}/plans/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
});

test('saving a person is the invitation: the function gives the account access, and takes it on deactivation', async ({
  page,
}) => {
  // What syncMemberAccess does when a member record is written, with the Admin SDK against the
  // Auth emulator (the Firestore trigger itself needs the Firestore emulator).
  const { admin: adminSdk, auth } = await adminAuth();
  const organisation = { id: 'halmstad', name: 'Halmstads kommun', municipalityCode: '1380' };
  const email = address('lina');
  const person: AccessPerson = {
    id: `m-lina-${Date.now()}`,
    email,
    name: 'Lina Ek',
    roles: ['committee'],
    departmentIds: [],
    title: 'Ledamot',
    active: true,
  };

  expect(await syncAccess(auth, organisation, null, person)).toEqual([
    { email, outcome: 'created-and-granted' },
  ]);
  // The person chooses a password from the reset email; here the Admin SDK sets one.
  const account = (await auth.accountByEmail(email))!;
  await adminSdk.updateUser(account.uid, { password: PASSWORD });
  await signIn(page, email);
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByText('Inloggad som Lina Ek')).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // An administrator's page says that saving a person is the invitation.
  const admin = address('admin');
  grant(admin, 'Ali Admin', 'admin');
  await signIn(page, admin);
  await expect(page.getByText('Inloggad som Ali Admin')).toBeVisible();
  await page.goto(`${APP}/admin`);
  await expect(page.getByText(/Inbjudan är att du sparar personen/)).toBeVisible();
  // Taking access away is not immediate on a token already issued: the page says for how long.
  await expect(page.getByText(/senast inom en timme/)).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  expect(await syncAccess(auth, organisation, person, { ...person, active: false })).toEqual([
    { email, outcome: 'revoked' },
  ]);
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen åtkomst ännu' })).toBeVisible();
});

test('an account registered with the invitee’s address before the invitation gets no access', async ({
  page,
}) => {
  // Anyone can sign up through the public API key; the invitation must not hand that account the
  // invitee's roles. The function's procedure with the Admin SDK against the Auth emulator.
  const { auth } = await adminAuth();
  const email = address('new.hire');
  await createAccount(email);
  const person: AccessPerson = {
    id: `m-hire-${Date.now()}`,
    email,
    name: 'Nyanställd Person',
    roles: ['strategist'],
    departmentIds: [],
    title: 'Strateg',
    active: true,
  };
  const [outcome] = await syncAccess(
    auth,
    { id: 'halmstad', name: 'Halmstads kommun', municipalityCode: '1380' },
    null,
    person,
  );
  expect(outcome.outcome).toBe('refused');
  expect((await auth.accountByEmail(email))!.claims).toEqual({});
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen åtkomst ännu' })).toBeVisible();
});

test('a sign-up ahead of the invitation gets no access by linking a Microsoft identity, even with the tenant configured', async () => {
  const { admin } = await adminAuth();
  const auth = accessAuthOf(admin, { microsoftTenant: 'halmstad-tenant' });
  const organisation = { id: 'halmstad', name: 'Halmstads kommun', municipalityCode: '1380' };
  const person = (email: string): AccessPerson => ({
    id: `m-linked-${Date.now()}`,
    email,
    name: 'Inbjuden Person',
    roles: ['admin'],
    departmentIds: [],
    title: 'Administratör',
    active: true,
  });
  // The attacker's own Microsoft identity, and one whose address was set to the invitee's.
  for (const microsoftEmail of ['mallory@evil.example', null]) {
    const email = address('linked');
    const idToken = await createAccount(email);
    await linkMicrosoft(idToken, { sub: `ms-${Date.now()}`, email: microsoftEmail ?? email });
    const user = await admin.getUserByEmail(email);
    expect(user.providerData.map((p) => p.providerId).sort()).toEqual(['microsoft.com', 'password']);
    const [outcome] = await syncAccess(auth, organisation, null, person(email));
    expect(outcome.outcome).toBe('refused');
    expect((await admin.getUserByEmail(email)).customClaims ?? {}).toEqual({});
  }
});

test('scripts/access.mjs grant refuses an account registered ahead of it, and gives it no claim', async () => {
  const { admin } = await adminAuth();
  const email = address('ahead');
  await createAccount(email);
  const result = runGrant(email, 'Riktig Person', 'admin', '', ['--microsoft-tenant', 'halmstad-tenant']);
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain(`no access given to ${email}`);
  expect((await admin.getUserByEmail(email)).customClaims ?? {}).toEqual({});
  // A verified address is its owner's: the same grant then goes through.
  await admin.updateUser((await admin.getUserByEmail(email)).uid, { emailVerified: true });
  const again = runGrant(email, 'Riktig Person', 'admin', '', []);
  expect(again.status, again.stderr).toBe(0);
  expect((await admin.getUserByEmail(email)).customClaims?.['kompass']).toEqual(
    expect.objectContaining({ orgId: 'halmstad', roles: ['admin'] }),
  );
});

test('"forgot your password" sends a reset email through Auth and says so', async ({ page }) => {
  const email = address('glomsk');
  await createAccount(email);
  await page.goto(`${APP}/sign-in`);
  await page.getByRole('button', { name: 'Glömt lösenordet?' }).click();
  await expect(page.getByText('Skriv din e-postadress.')).toBeVisible();

  await page.getByLabel('E-postadress').fill(email);
  await page.getByRole('button', { name: 'Glömt lösenordet?' }).click();
  await expect(page.getByRole('status').filter({ hasText: email })).toHaveText(
    `Om ${email} har ett konto har vi skickat ett mejl med en länk för att välja nytt lösenord.`,
  );
  // The emulator keeps the emails it would have sent.
  const codes = (await (await fetch(`${AUTH}/emulator/v1/projects/${PROJECT}/oobCodes`)).json()) as {
    oobCodes: { email: string; requestType: string }[];
  };
  expect(codes.oobCodes).toContainEqual(expect.objectContaining({ email, requestType: 'PASSWORD_RESET' }));
});

test('offline, a change is kept on the device, shown at once, says it waits to be sent, and survives a reload', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const email = address('offline');
  // The emulators keep what earlier tests wrote: a title of this run's own.
  const title = `Handlingsplan skriven utan nät ${Date.now()}`;
  grant(email, 'Karin Lindqvist', 'strategist');
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplaner' })).toBeVisible();

  // No connection: the write is queued on the device.
  await page.goto(`${APP}/plans/new`);
  await context.setOffline(true);
  await page.getByLabel('Namn').fill(title);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByRole('status').filter({ hasText: 'Ändringar väntar på att skickas' })).toBeVisible();
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();

  // The network back and a reload: the change kept on the device reaches Firestore, once, and
  // nothing waits any more.
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Ändringar väntar på att skickas' })).toHaveCount(
    0,
    {
      timeout: 30_000,
    },
  );
  await expectNoAxeViolations(page);
});

test('the account sign-in and "no access yet" pages in English have no violations', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kompass.language', 'en'));
  await page.goto(`${APP}/sign-in`);
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expectNoAxeViolations(page);

  const email = address('english');
  await createAccount(email);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'No access yet' })).toBeVisible();
  await expectNoAxeViolations(page);
});
