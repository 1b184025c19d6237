import { Organisation } from '../../domain/model';
import { accessClaimFor } from './access-claims';
import { AccessAuth, AccessPerson, AccountIdentity, ownsAddress, syncAccess } from './access-sync';

/** Firebase Auth in memory: accounts by email, with their claims, and what was done to them. */
function memoryAuth(accounts: Record<string, Record<string, unknown>> = {}, unverified: string[] = []) {
  const byEmail = new Map(
    Object.entries(accounts).map(([email, claims], i) => [
      email,
      { uid: `u${i}`, claims, verified: !unverified.includes(email) },
    ]),
  );
  const log: string[] = [];
  const auth: AccessAuth = {
    accountByEmail: async (email) => byEmail.get(email) ?? null,
    createAccount: async (email, name) => {
      const account = { uid: `new-${email}`, claims: {}, verified: false };
      byEmail.set(email, account);
      log.push(`create ${email} (${name})`);
      return { uid: account.uid };
    },
    setClaims: async (uid, claims) => {
      const account = [...byEmail.values()].find((a) => a.uid === uid)!;
      account.claims = claims ?? {};
      log.push(`claims ${uid}`);
    },
    endSessions: async (uid) => {
      log.push(`end ${uid}`);
    },
  };
  return { auth, log, claimsOf: (email: string) => byEmail.get(email)?.claims };
}

describe('syncAccess (an administrator saving a person is the invitation)', () => {
  const org: Organisation = { id: 'halmstad', name: 'Halmstads kommun', municipalityCode: '1380' };
  const person = (overrides: Partial<AccessPerson> = {}): AccessPerson => ({
    id: 'm-anna',
    email: 'anna@halmstad.se',
    name: 'Anna Berg',
    roles: ['reporter'],
    departmentIds: ['uaf'],
    title: 'Enhetschef',
    active: true,
    ...overrides,
  });
  const claimOf = (p: AccessPerson) => accessClaimFor(org, p) as Record<string, unknown>;

  it('creates the account of a new person and gives it access', async () => {
    const { auth, log, claimsOf } = memoryAuth();
    expect(await syncAccess(auth, org, null, person())).toEqual([
      { email: 'anna@halmstad.se', outcome: 'created-and-granted' },
    ]);
    expect(log).toEqual(['create anna@halmstad.se (Anna Berg)', 'claims new-anna@halmstad.se']);
    expect(claimsOf('anna@halmstad.se')).toEqual(claimOf(person()));
  });

  it('matches the address whatever its case or spaces', async () => {
    const { auth, claimsOf } = memoryAuth({ 'anna@halmstad.se': {} });
    await syncAccess(auth, org, null, person({ email: '  Anna@Halmstad.SE ' }));
    expect(claimsOf('anna@halmstad.se')).toEqual(claimOf(person()));
  });

  it('keeps an account’s other claims', async () => {
    const { auth, claimsOf } = memoryAuth({ 'anna@halmstad.se': { other: true } });
    await syncAccess(auth, org, null, person());
    expect(claimsOf('anna@halmstad.se')).toEqual({ other: true, ...claimOf(person()) });
    await syncAccess(auth, org, person(), person({ active: false }));
    expect(claimsOf('anna@halmstad.se')).toEqual({ other: true });
  });

  it('changes nothing when the record changes in what the claim does not hold', async () => {
    const { auth, log } = memoryAuth({ 'anna@halmstad.se': claimOf(person()) });
    expect(await syncAccess(auth, org, person(), person({ name: 'Anna Berg Ek' }))).toEqual([
      { email: 'anna@halmstad.se', outcome: 'unchanged' },
    ]);
    expect(log).toEqual([]);
  });

  const changes: [name: string, after: Partial<AccessPerson>, endsSessions: boolean][] = [
    ['a role added: picked up at the next token refresh', { roles: ['reporter', 'committee'] }, false],
    ['a department added', { departmentIds: ['uaf', 'sof'] }, false],
    ['a role taken away: sessions end', { roles: ['committee'] }, true],
    ['a department taken away: sessions end', { departmentIds: ['sof'] }, true],
  ];
  for (const [name, after, endsSessions] of changes) {
    it(`updates the claim for ${name}`, async () => {
      const { auth, log, claimsOf } = memoryAuth({ 'anna@halmstad.se': claimOf(person()) });
      expect(await syncAccess(auth, org, person(), person(after))).toEqual([
        { email: 'anna@halmstad.se', outcome: 'granted' },
      ]);
      expect(claimsOf('anna@halmstad.se')).toEqual(claimOf(person(after)));
      expect(log.includes('end u0')).toBe(endsSessions);
    });
  }

  const endings: [name: string, after: AccessPerson | null][] = [
    ['deactivated', person({ active: false })],
    ['left without roles', person({ roles: [] })],
    ['removed', null],
    ['left without an address', person({ email: '' })],
  ];
  for (const [name, after] of endings) {
    it(`takes access away from a person ${name}, and ends their sessions`, async () => {
      const { auth, log, claimsOf } = memoryAuth({ 'anna@halmstad.se': claimOf(person()) });
      expect(await syncAccess(auth, org, person(), after)).toEqual([
        { email: 'anna@halmstad.se', outcome: 'revoked' },
      ]);
      expect(claimsOf('anna@halmstad.se')).toEqual({});
      expect(log).toEqual(['claims u0', 'end u0']);
    });
  }

  it('moves access to a new address, away from the old one', async () => {
    const { auth, claimsOf } = memoryAuth({ 'anna@halmstad.se': claimOf(person()) });
    const moved = person({ email: 'anna.berg@halmstad.se' });
    expect(await syncAccess(auth, org, person(), moved)).toEqual([
      { email: 'anna@halmstad.se', outcome: 'revoked' },
      { email: 'anna.berg@halmstad.se', outcome: 'created-and-granted' },
    ]);
    expect(claimsOf('anna@halmstad.se')).toEqual({});
    expect(claimsOf('anna.berg@halmstad.se')).toEqual(claimOf(moved));
  });

  it('never takes over an account that has access as someone else', async () => {
    const other = accessClaimFor({ ...org, id: 'kungsbacka' }, person({ id: 'm-x' })) as Record<
      string,
      unknown
    >;
    const { auth, log, claimsOf } = memoryAuth({ 'anna@halmstad.se': other });
    const [outcome] = await syncAccess(auth, org, null, person());
    expect(outcome.outcome).toBe('refused');
    expect(claimsOf('anna@halmstad.se')).toEqual(other);
    // Nor takes it away when this record goes.
    await syncAccess(auth, org, person(), null);
    expect(claimsOf('anna@halmstad.se')).toEqual(other);
    expect(log).toEqual([]);
  });

  it('does nothing for a record that never had an address or a role', async () => {
    const { auth, log } = memoryAuth();
    expect(await syncAccess(auth, org, null, person({ email: '' }))).toEqual([]);
    expect(await syncAccess(auth, org, null, person({ roles: [] }))).toEqual([]);
    expect(log).toEqual([]);
  });

  it('takes access away when the new claim would not fit in a token, rather than keep the old one', async () => {
    const { auth, log, claimsOf } = memoryAuth({ 'anna@halmstad.se': claimOf(person()) });
    const departmentIds = Array.from({ length: 13 }, (_, i) => `dep-${i}`);
    const outcomes = await syncAccess(auth, org, person(), person({ roles: ['committee'], departmentIds }));
    expect(outcomes.map((o) => o.outcome)).toEqual(['revoked', 'refused']);
    expect(claimsOf('anna@halmstad.se')).toEqual({});
    expect(log).toEqual(['claims u0', 'end u0']);
  });

  it('takes access away when Firebase refuses to set the new claim', async () => {
    const { auth, claimsOf, log } = memoryAuth({ 'anna@halmstad.se': claimOf(person()) });
    const setClaims = auth.setClaims;
    let refusals = 1;
    auth.setClaims = async (uid, claims) => {
      if (claims && 'kompass' in claims && refusals-- > 0) throw new Error('CLAIMS_TOO_LARGE');
      return setClaims(uid, claims);
    };
    const outcomes = await syncAccess(auth, org, person(), person({ departmentIds: ['uaf', 'sof'] }));
    expect(outcomes).toEqual([
      { email: 'anna@halmstad.se', outcome: 'refused', reason: 'access could not be set: CLAIMS_TOO_LARGE' },
    ]);
    expect(claimsOf('anna@halmstad.se')).toEqual({});
    expect(log).toContain('end u0');
  });

  it('gives no access to an unverified account that already had the invitee’s address (a sign-up ahead of the invitation)', async () => {
    const { auth, claimsOf, log } = memoryAuth({ 'anna@halmstad.se': {} }, ['anna@halmstad.se']);
    const [outcome] = await syncAccess(auth, org, null, person());
    expect(outcome.outcome).toBe('refused');
    expect(claimsOf('anna@halmstad.se')).toEqual({});
    expect(log).toEqual([]);
  });

  it('gives access to a verified account that already had the address', async () => {
    const { auth, claimsOf } = memoryAuth({ 'anna@halmstad.se': {} });
    expect((await syncAccess(auth, org, null, person()))[0].outcome).toBe('granted');
    expect(claimsOf('anna@halmstad.se')).toEqual(claimOf(person()));
  });
});

describe('ownsAddress (is an existing account the invitee’s?)', () => {
  const ms = (email: string | null) => ({ providerId: 'microsoft.com', email });
  const password = { providerId: 'password', email: 'anna@halmstad.se' };
  const account = (
    emailVerified: boolean,
    ...providerData: AccountIdentity['providerData'][number][]
  ): AccountIdentity => ({ email: 'anna@halmstad.se', emailVerified, providerData });
  const TENANT = '11111111-2222-3333-4444-555555555555';
  const rows: [what: string, account: AccountIdentity, tenant: string, owns: boolean][] = [
    ['a verified address', account(true, password), '', true],
    [
      'a verified address, with Microsoft linked',
      account(true, password, ms('x@evil.example')),
      TENANT,
      true,
    ],
    ['an unverified password account', account(false, password), TENANT, false],
    // Hole 1 (a): a sign-up with the invitee's address, then any Microsoft identity linked to it.
    [
      'an unverified password account with a Microsoft identity linked',
      account(false, password, ms('anna@halmstad.se')),
      TENANT,
      false,
    ],
    ['a Microsoft identity with another address', account(false, ms('mallory@evil.example')), TENANT, false],
    ['a Microsoft identity without an address', account(false, ms(null)), TENANT, false],
    [
      'a Microsoft sign-in with the same address, no tenant configured',
      account(false, ms('anna@halmstad.se')),
      '',
      false,
    ],
    [
      'a Microsoft sign-in with the same address in the configured tenant',
      account(false, ms('Anna@Halmstad.se ')),
      TENANT,
      true,
    ],
    [
      'an account of another provider',
      account(false, { providerId: 'google.com', email: 'anna@halmstad.se' }),
      TENANT,
      false,
    ],
  ];
  for (const [what, identity, tenant, owns] of rows) {
    it(`${owns ? 'counts' : 'does not count'} ${what}`, () => {
      expect(ownsAddress(identity, tenant)).toBe(owns);
    });
  }
});
