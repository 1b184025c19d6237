// node --test: the largest access claim the app allows passes the real firebase-admin size check
// (Firebase refuses custom claims over 1 000 characters before any request is made), and one that
// would not fit is refused by the app before Firebase is asked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs } from './ts-module.mjs';

// No Auth emulator is needed: the size check runs in the SDK; an unreachable address makes any
// claim that passes it fail on the connection instead.
process.env.FIREBASE_AUTH_EMULATOR_HOST = '127.0.0.1:9';
const { accessClaimFor } = await importTs('src/app/data-access/firebase/access-claims.ts', 'access-claims');
const { MAX_MEMBER_DEPARTMENTS } = await importTs('src/app/domain/model.ts', 'model');
const { initializeApp } = await import('firebase-admin/app');
const { getAuth } = await import('firebase-admin/auth');
const auth = getAuth(initializeApp({ projectId: 'demo-claim-size' }, 'claim-size'));

const id = (kind, n) => `${kind}-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const organisation = {
  id: 'region-halland',
  name: 'Region Halland och kommunerna i Halland, samverkan för integration och jämställdhet',
  municipalityCode: '1380',
};
const largest = {
  id: id('members', 1),
  roles: ['admin', 'strategist', 'reporter', 'committee'],
  departmentIds: Array.from({ length: MAX_MEMBER_DEPARTMENTS }, (_, n) => id('departments', n)),
  active: true,
};

/** What firebase-admin says of a claim: 'too-large', or 'sent' (it got past the size check). */
async function firebaseSays(claims) {
  try {
    await auth.setCustomUserClaims('uid-1', claims);
    return 'sent';
  } catch (error) {
    return error.code === 'auth/claims-too-large' ? 'too-large' : 'sent';
  }
}

test('the largest membership the app allows fits firebase-admin’s limit', async () => {
  assert.equal(await firebaseSays(accessClaimFor(organisation, largest)), 'sent');
});

test('firebase-admin’s check is the one measured: a claim over 1 000 characters is refused', async () => {
  assert.equal(await firebaseSays({ kompass: { padding: 'x'.repeat(1000) } }), 'too-large');
});

test('the app refuses a claim that would not fit before Firebase is asked', () => {
  const tooLong = { ...largest, departmentIds: largest.departmentIds.map((d) => `${d}-${'x'.repeat(40)}`) };
  assert.throws(() => accessClaimFor(organisation, tooLong), /at most 1000/);
  const tooMany = { ...largest, departmentIds: [...largest.departmentIds, 'one-more'] };
  assert.throws(() => accessClaimFor(organisation, tooMany), /at most 12 departments/);
});
