import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { DemoPerson } from '../../data-access/backend';
import { Role, ROLES } from '../../domain/model';
import { SignInPageActions } from '../session/session.actions';
import { sessionFeature } from '../session/session.feature';

@Component({
  selector: 'app-sign-in-page',
  imports: [TranslocoPipe, MatButtonModule],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly people = this.store.selectSignal(sessionFeature.selectDemoPeople);
  protected readonly signingIn = this.store.selectSignal(sessionFeature.selectSigningIn);
  protected readonly error = this.store.selectSignal(sessionFeature.selectError);
  protected readonly resetting = this.store.selectSignal(sessionFeature.selectResetting);
  protected readonly resetDone = this.store.selectSignal(sessionFeature.selectResetDone);
  protected readonly confirming = signal(false);

  /** People grouped by their first role, in the order strategist, reporter, committee, admin. */
  protected readonly groups = computed(() => {
    const order: Role[] = ['strategist', 'reporter', 'committee', 'admin'];
    return order
      .filter((role) => ROLES.includes(role))
      .map((role) => ({ role, people: this.people().filter((p) => primaryRole(p) === role) }))
      .filter((g) => g.people.length > 0);
  });

  ngOnInit(): void {
    this.store.dispatch(SignInPageActions.opened());
  }

  protected signInAs(person: DemoPerson): void {
    this.store.dispatch(SignInPageActions.personChosen({ memberId: person.memberId }));
  }

  protected askToReset(): void {
    this.confirming.set(true);
  }

  protected resetDemo(): void {
    this.confirming.set(false);
    this.store.dispatch(SignInPageActions.resetDemoConfirmed());
  }
}

function primaryRole(person: DemoPerson): Role {
  for (const role of ['admin', 'strategist', 'reporter', 'committee'] as Role[]) {
    if (person.roles.includes(role)) return role;
  }
  return person.roles[0];
}
