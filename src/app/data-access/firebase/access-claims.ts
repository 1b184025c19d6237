import { Id, MAX_MEMBER_DEPARTMENTS, Member, Organisation, ROLES, Role } from '../../domain/model';
import { Account, Session } from '../backend';

/**
 * Access in production is a custom claim on the person's Firebase Auth token, set only with the
 * Admin SDK (`scripts/access.mjs`): which organisation, which member record, which roles and
 * departments. Nobody can grant themselves a role, and firestore.rules read the same claim, so
 * deciding access costs no document read. An account without it has no access yet.
 */
export interface AccessClaim {
  orgId: Id;
  orgName: string;
  municipalityCode: string;
  memberId: Id;
  roles: Role[];
  departmentIds: Id[];
  title?: string;
}

/** The claim's name on the token; everything Kompass needs sits under it. */
export const CLAIM = 'kompass';

/** A person's departments, all of which the claim names (the domain refuses more). */
export const MAX_DEPARTMENTS_IN_CLAIM = MAX_MEMBER_DEPARTMENTS;
/** Firebase's limit on all custom claims of an account together, as JSON. */
export const CLAIMS_LIMIT = 1000;
/** The organisation's name as the claim carries it (the shell shows it; the whole name is in Firestore). */
const ORG_NAME_IN_CLAIM = 60;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isId = (value: unknown): value is Id => isText(value) && value.length <= 120;

/** Reads the access claim from a token's claims; anything malformed means no access. */
export function readAccessClaim(claims: Record<string, unknown> | null | undefined): AccessClaim | null {
  const raw = claims?.[CLAIM];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const c = raw as Record<string, unknown>;
  if (!isId(c['orgId']) || !isId(c['memberId'])) return null;
  const roles = Array.isArray(c['roles'])
    ? c['roles'].filter((r): r is Role => ROLES.includes(r as Role))
    : [];
  if (roles.length === 0) return null;
  const departmentIds = Array.isArray(c['departmentIds']) ? c['departmentIds'].filter(isId) : [];
  return {
    orgId: c['orgId'],
    orgName: isText(c['orgName']) ? c['orgName'] : c['orgId'],
    municipalityCode: typeof c['municipalityCode'] === 'string' ? c['municipalityCode'] : '',
    memberId: c['memberId'],
    roles: [...new Set(roles)],
    departmentIds: [...new Set(departmentIds)].slice(0, MAX_DEPARTMENTS_IN_CLAIM),
    ...(isText(c['title']) ? { title: c['title'] } : {}),
  };
}

/**
 * The session of a signed-in account: its claim, or null (no access yet). The member record in
 * Firestore has the same id and is what the app lists and edits; the session carries what the
 * policy needs before it has arrived.
 */
export function sessionFromClaim(account: Account, claim: AccessClaim | null): Session | null {
  if (!claim) return null;
  const member: Member = {
    id: claim.memberId,
    orgId: claim.orgId,
    version: 0,
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
    name: account.name || account.email,
    email: account.email,
    title: claim.title ?? '',
    roles: claim.roles,
    departmentIds: claim.departmentIds,
    active: true,
  };
  const organisation: Organisation = {
    id: claim.orgId,
    name: claim.orgName,
    municipalityCode: claim.municipalityCode,
  };
  return { member, organisation };
}

/**
 * The claim an administrator's grant writes (used by scripts/access.mjs through the same rules).
 * It carries only what deciding access needs, and the organisation's name cut short: the job
 * title and the full name are read from Firestore. Throws when it would not fit in a token
 * (more departments than allowed, or ids too long): the caller then takes access away rather
 * than leave an older, wider claim in place.
 */
export function accessClaimFor(
  organisation: Organisation,
  member: Pick<Member, 'id' | 'roles' | 'departmentIds' | 'active'>,
): Record<string, AccessClaim> | Record<string, never> {
  if (!member.active || member.roles.length === 0) return {};
  if (member.departmentIds.length > MAX_DEPARTMENTS_IN_CLAIM) {
    throw new Error(
      `A person can belong to at most ${MAX_DEPARTMENTS_IN_CLAIM} departments (the token's size is limited).`,
    );
  }
  const claim = {
    [CLAIM]: {
      orgId: organisation.id,
      orgName: organisation.name.slice(0, ORG_NAME_IN_CLAIM),
      municipalityCode: organisation.municipalityCode,
      memberId: member.id,
      roles: [...new Set(member.roles)],
      departmentIds: [...new Set(member.departmentIds)],
    },
  };
  const size = JSON.stringify(claim).length;
  if (size > CLAIMS_LIMIT) {
    throw new Error(`The access claim would be ${size} characters; a token holds at most ${CLAIMS_LIMIT}.`);
  }
  return claim;
}
