import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { NoAccessPageActions } from '../session/session.actions';
import { sessionFeature } from '../session/session.feature';

/** Signed in with an account that no administrator has given access yet. */
@Component({
  selector: 'app-no-access-page',
  imports: [TranslocoPipe, MatButtonModule],
  template: `
    <h1>{{ 'noAccess.title' | transloco }}</h1>
    @if (account(); as account) {
      <p>{{ 'noAccess.signedInAs' | transloco: { email: account.email } }}</p>
      <p>{{ 'noAccess.body' | transloco }}</p>
      <p>{{ 'noAccess.afterGrant' | transloco }}</p>
      <button mat-stroked-button type="button" (click)="signOut()">
        {{ 'app.signOut' | transloco }}
      </button>
    } @else {
      <p>{{ 'noAccess.signedOut' | transloco }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccessPage {
  private readonly store = inject(Store);
  protected readonly account = this.store.selectSignal(sessionFeature.selectAccount);

  protected signOut(): void {
    this.store.dispatch(NoAccessPageActions.signOutClicked());
  }
}
