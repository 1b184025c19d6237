import { FirebaseError } from 'firebase/app';
import { signInProblem } from './sign-in-problem';

describe('signInProblem (what the sign-in page says for each Auth error)', () => {
  const cases: [code: string, problem: string][] = [
    ['auth/invalid-credential', 'wrong-credentials'],
    ['auth/wrong-password', 'wrong-credentials'],
    ['auth/user-not-found', 'wrong-credentials'],
    ['auth/invalid-email', 'wrong-credentials'],
    ['auth/user-disabled', 'wrong-credentials'],
    ['auth/too-many-requests', 'too-many-attempts'],
    ['auth/network-request-failed', 'network'],
    ['auth/popup-closed-by-user', 'popup-closed'],
    ['auth/popup-blocked', 'popup-closed'],
    ['auth/operation-not-allowed', 'not-available'],
    ['auth/internal-error', 'unknown'],
  ];
  for (const [code, problem] of cases) {
    it(`${code} → ${problem}`, () => expect(signInProblem(new FirebaseError(code, code))).toBe(problem));
  }
  it('anything else → unknown', () => expect(signInProblem(new Error('x'))).toBe('unknown'));
});
