import { Role } from '../../domain/model';
import { accessClaimFor, CLAIM, CLAIMS_LIMIT, readAccessClaim, sessionFromClaim } from './access-claims';

const VALID = {
  orgId: 'halmstad',
  orgName: 'Halmstads kommun',
  municipalityCode: '1380',
  memberId: 'm-1',
  roles: ['strategist'],
  departmentIds: ['kk'],
};

describe('access claim (who may do what, from the Auth token)', () => {
  const cases: { name: string; claims: Record<string, unknown> | null; access: boolean }[] = [
    { name: 'no claims at all', claims: null, access: false },
    { name: 'other claims only', claims: { admin: true }, access: false },
    { name: 'a valid claim', claims: { [CLAIM]: VALID }, access: true },
    { name: 'no organisation', claims: { [CLAIM]: { ...VALID, orgId: '' } }, access: false },
    { name: 'no member', claims: { [CLAIM]: { ...VALID, memberId: undefined } }, access: false },
    { name: 'no roles', claims: { [CLAIM]: { ...VALID, roles: [] } }, access: false },
    { name: 'only unknown roles', claims: { [CLAIM]: { ...VALID, roles: ['superuser'] } }, access: false },
    { name: 'roles not a list', claims: { [CLAIM]: { ...VALID, roles: 'admin' } }, access: false },
    { name: 'the claim is a list', claims: { [CLAIM]: [VALID] }, access: false },
    { name: 'an id too long', claims: { [CLAIM]: { ...VALID, memberId: 'x'.repeat(121) } }, access: false },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.access ? 'access' : 'no access'}`, () => {
      expect(readAccessClaim(c.claims) !== null).toBe(c.access);
    });
  }

  it('keeps known roles once and drops unknown ones and bad department ids', () => {
    const claim = readAccessClaim({
      [CLAIM]: {
        ...VALID,
        roles: ['reporter', 'reporter', 'owner', 'committee'],
        departmentIds: ['a', 7, '', 'a'],
      },
    });
    expect(claim?.roles).toEqual(['reporter', 'committee']);
    expect(claim?.departmentIds).toEqual(['a']);
  });

  it('makes a session with the account name, or the email when there is none', () => {
    const account = { uid: 'u1', email: 'samir@halmstad.se', name: '' };
    const session = sessionFromClaim(account, readAccessClaim({ [CLAIM]: VALID }));
    expect(session?.member).toEqual(
      jasmine.objectContaining({
        id: 'm-1',
        orgId: 'halmstad',
        name: 'samir@halmstad.se',
        roles: ['strategist'],
        departmentIds: ['kk'],
        active: true,
      }),
    );
    expect(session?.organisation).toEqual({
      id: 'halmstad',
      name: 'Halmstads kommun',
      municipalityCode: '1380',
    });
    expect(
      sessionFromClaim({ ...account, name: 'Samir Haddad' }, readAccessClaim({ [CLAIM]: VALID }))?.member
        .name,
    ).toBe('Samir Haddad');
    expect(sessionFromClaim(account, null)).toBeNull();
  });

  it('grants what it reads back, and nothing for an inactive person or one without roles', () => {
    const organisation = { id: 'halmstad', name: 'Halmstads kommun', municipalityCode: '1380' };
    const member = {
      id: 'm-1',
      roles: ['strategist' as const],
      departmentIds: ['kk'],
      active: true,
    };
    expect(readAccessClaim(accessClaimFor(organisation, member))).toEqual({
      ...VALID,
      roles: ['strategist'],
    });
    expect(accessClaimFor(organisation, { ...member, active: false })).toEqual({});
    expect(accessClaimFor(organisation, { ...member, roles: [] })).toEqual({});
  });

  it('refuses a grant with more departments than a token can name', () => {
    const organisation = { id: 'o', name: 'O', municipalityCode: '' };
    const departmentIds = Array.from({ length: 13 }, (_, i) => `dep-${i}`);
    expect(() =>
      accessClaimFor(organisation, { id: 'm', roles: ['reporter'], departmentIds, active: true }),
    ).toThrowError(/at most 12 departments/);
  });

  it('fits the largest allowed membership in a token, and refuses ids too long to fit', () => {
    // Ids as the app makes them (`departments-<uuid>`), a long organisation name, every role.
    const organisation = {
      id: 'region-halland',
      name: 'Region Halland och kommunerna i Halland, samverkan för integration',
      municipalityCode: '1380',
    };
    const id = (kind: string, n: number) => `${kind}-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const largest = {
      id: id('members', 1),
      roles: ['admin', 'strategist', 'reporter', 'committee'] as Role[],
      departmentIds: Array.from({ length: 12 }, (_, i) => id('departments', i)),
      active: true,
    };
    expect(JSON.stringify(accessClaimFor(organisation, largest)).length).toBeLessThanOrEqual(CLAIMS_LIMIT);
    const tooLong = { ...largest, departmentIds: largest.departmentIds.map((d) => `${d}-${'x'.repeat(40)}`) };
    expect(() => accessClaimFor(organisation, tooLong)).toThrowError(/at most 1000/);
  });
});
