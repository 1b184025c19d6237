import { FirebaseError } from 'firebase/app';
import { SignInProblem } from '../../domain/errors';

/** Maps Firebase Auth's error codes to what the sign-in page says. */
export function signInProblem(error: unknown): SignInProblem {
  const code = error instanceof FirebaseError ? error.code : '';
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/invalid-login-credentials':
    case 'auth/wrong-password':
    case 'auth/user-not-found':
    case 'auth/invalid-email':
    case 'auth/user-disabled':
    case 'auth/missing-password':
      return 'wrong-credentials';
    case 'auth/too-many-requests':
      return 'too-many-attempts';
    case 'auth/network-request-failed':
    case 'auth/timeout':
      return 'network';
    case 'auth/popup-closed-by-user':
    case 'auth/cancelled-popup-request':
    case 'auth/popup-blocked':
    case 'auth/user-cancelled':
      return 'popup-closed';
    case 'auth/operation-not-allowed':
      return 'not-available';
    default:
      return 'unknown';
  }
}
