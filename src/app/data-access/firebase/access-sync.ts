import { Member, Organisation } from '../../domain/model';
import { accessClaimFor, CLAIM, readAccessClaim } from './access-claims';

/** What keeping access in step needs of Firebase Auth (the Cloud Function adapts the Admin SDK). */
export interface AccessAuth {
  /**
   * The account with this email address, with its custom claims and whether the address is known
   * to be its owner's (verified, or a Microsoft sign-in), or null.
   */
  accountByEmail(
    email: string,
  ): Promise<{ uid: string; claims: Record<string, unknown>; verified: boolean } | null>;
  /** Creates an account without a password: the person signs in with Microsoft or sets one by email. */
  createAccount(email: string, name: string): Promise<{ uid: string }>;
  setClaims(uid: string, claims: Record<string, unknown> | null): Promise<void>;
  /** Ends the account's sessions at their next token refresh. */
  endSessions(uid: string): Promise<void>;
}

export type AccessPerson = Pick<
  Member,
  'id' | 'email' | 'name' | 'roles' | 'departmentIds' | 'title' | 'active'
>;

export type AccessOutcome =
  | { email: string; outcome: 'granted' | 'created-and-granted' | 'unchanged' | 'revoked' }
  /** The account belongs to another organisation or another member record: left as it is. */
  | { email: string; outcome: 'refused'; reason: string };

const normalise = (email: string) => email.trim().toLowerCase();

/** What Firebase Auth says about an account that bears on who owns its address. */
export interface AccountIdentity {
  email?: string;
  emailVerified: boolean;
  providerData: readonly { providerId: string; email?: string | null }[];
}

/**
 * Whether an existing account's address is known to be its owner's, so that an invitation to that
 * address may give it the invitee's roles. Anyone can sign up with someone else's address, and
 * anyone can link a Microsoft identity of their own to that account, so:
 * - a verified address counts (Firebase verifies by a link sent to it);
 * - a Microsoft sign-in counts only when the municipality's tenant is configured (the app
 *   registration then admits that tenant's people only: docs/firebase.md), its address is the
 *   account's, and the account has no password of its own (a password account with a Microsoft
 *   identity linked afterwards proves nothing about the address).
 */
export function ownsAddress(account: AccountIdentity, microsoftTenant: string): boolean {
  if (account.emailVerified) return true;
  const email = account.email ? normalise(account.email) : '';
  if (!email || microsoftTenant.trim() === '') return false;
  if (account.providerData.some((p) => p.providerId === 'password')) return false;
  return account.providerData.some(
    (p) => p.providerId === 'microsoft.com' && !!p.email && normalise(p.email) === email,
  );
}

/** The account's other custom claims, if it has any (another system's), without Kompass's. */
function withoutAccess(claims: Record<string, unknown>): Record<string, unknown> | null {
  const rest = Object.fromEntries(Object.entries(claims).filter(([key]) => key !== CLAIM));
  return Object.keys(rest).length > 0 ? rest : null;
}

async function revoke(auth: AccessAuth, account: { uid: string; claims: Record<string, unknown> }) {
  await auth.setClaims(account.uid, withoutAccess(account.claims));
  await auth.endSessions(account.uid);
}

/**
 * Keeps a person's access (the custom claim firestore.rules and the app read) in step with their
 * member record: what an administrator saves in "Förvaltningar och personer" is the invitation.
 * An active record with an email address and a role gives that account access (creating the
 * account if needed); a deactivated record, one without roles, a removed one or a changed address
 * takes it from the account that had it. Only a claim for this same member record is ever changed.
 */
export async function syncAccess(
  auth: AccessAuth,
  organisation: Organisation,
  before: AccessPerson | null,
  after: AccessPerson | null,
): Promise<AccessOutcome[]> {
  const outcomes: AccessOutcome[] = [];
  let wanted: ReturnType<typeof accessClaimFor> = {};
  let unfit: string | null = null;
  try {
    wanted = after && after.email.trim() !== '' ? accessClaimFor(organisation, after) : {};
  } catch (error) {
    // A claim that cannot be set means no access, never the older, wider one.
    unfit = error instanceof Error ? error.message : String(error);
  }
  const grantTo = CLAIM in wanted && after ? normalise(after.email) : null;
  const formerEmails = new Set(
    [before?.email, after?.email].filter((e): e is string => !!e && e.trim() !== '').map(normalise),
  );
  if (grantTo) formerEmails.delete(grantTo);
  const memberId = (after ?? before)!.id;

  for (const email of formerEmails) {
    const account = await auth.accountByEmail(email);
    const claim = account && readAccessClaim(account.claims);
    if (!account || !claim || claim.orgId !== organisation.id || claim.memberId !== memberId) continue;
    await revoke(auth, account);
    outcomes.push({ email, outcome: 'revoked' });
  }
  if (unfit && after) outcomes.push({ email: normalise(after.email), outcome: 'refused', reason: unfit });

  if (grantTo && after) {
    let account = await auth.accountByEmail(grantTo);
    let created = false;
    if (!account) {
      account = { ...(await auth.createAccount(grantTo, after.name)), claims: {}, verified: false };
      created = true;
    }
    const current = readAccessClaim(account.claims);
    if (!created && !account.verified && !current) {
      // Anyone can sign up with an address before its owner is invited; such an account must not
      // receive the invitee's roles. The owner signs in with Microsoft or verifies the address.
      outcomes.push({
        email: grantTo,
        outcome: 'refused',
        reason:
          'an account with this address existed before the invitation and its address is not verified; it gets no access until it is (or it is deleted and the person invited again)',
      });
    } else if (current && (current.orgId !== organisation.id || current.memberId !== after.id)) {
      outcomes.push({
        email: grantTo,
        outcome: 'refused',
        reason: `the account already has access as ${current.memberId} in ${current.orgId}`,
      });
    } else if (JSON.stringify(account.claims[CLAIM] ?? null) === JSON.stringify(wanted[CLAIM])) {
      outcomes.push({ email: grantTo, outcome: 'unchanged' });
    } else {
      try {
        await auth.setClaims(account.uid, { ...account.claims, ...wanted });
      } catch (error) {
        // Firebase refused the new claim: the account keeps no access, not the old one.
        if (current) await revoke(auth, account);
        const reason = error instanceof Error ? error.message : String(error);
        outcomes.push({ email: grantTo, outcome: 'refused', reason: `access could not be set: ${reason}` });
        return outcomes;
      }
      // Fewer roles or departments than before: the old token must not keep working for an hour.
      // More of them: the person gets them at the next token refresh or sign-in.
      const next = wanted[CLAIM];
      if (
        current &&
        (current.roles.some((r) => !next.roles.includes(r)) ||
          current.departmentIds.some((d) => !next.departmentIds.includes(d)))
      ) {
        await auth.endSessions(account.uid);
      }
      outcomes.push({ email: grantTo, outcome: created ? 'created-and-granted' : 'granted' });
    }
  }
  return outcomes;
}
