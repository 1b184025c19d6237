import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { Role } from '../../domain/model';
import { sessionFeature } from './session.feature';

/** Lets signed-in people with one of `roles` through; others go to the sign-in page. */
export function requireRole(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const store = inject(Store);
    const member = store.selectSignal(sessionFeature.selectMember)();
    const router = inject(Router);
    if (!member) {
      // Signed in with an account that has no access yet: say so, rather than ask to sign in again.
      if (store.selectSignal(sessionFeature.selectAccount)()) return router.createUrlTree(['/no-access']);
      return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
    }
    if (roles.length === 0 || roles.some((r) => member.roles.includes(r))) return true;
    return router.createUrlTree(['/forbidden']);
  };
}
