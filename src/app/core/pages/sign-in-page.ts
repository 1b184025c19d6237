import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { DemoPerson } from '../../data-access/backend';
import { Role, ROLES } from '../../domain/model';
import { SignInPageActions } from '../session/session.actions';
import { sessionFeature } from '../session/session.feature';

@Component({
  selector: 'app-sign-in-page',
  imports: [
    TranslocoPipe,
    RouterLink,
    MatButtonModule,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
  ],
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
  protected readonly method = this.store.selectSignal(sessionFeature.selectSignInMethod);
  protected readonly problem = this.store.selectSignal(sessionFeature.selectSignInProblem);
  protected readonly resetSent = this.store.selectSignal(sessionFeature.selectPasswordResetSent);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

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

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalid();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.store.dispatch(SignInPageActions.passwordSubmitted({ email: email.trim(), password }));
  }

  protected microsoft(): void {
    this.store.dispatch(SignInPageActions.microsoftChosen());
  }

  /** Sends a reset link to the address typed above (which must be there and look like one). */
  protected forgotPassword(): void {
    const email = this.form.controls.email;
    email.markAsTouched();
    if (email.invalid) {
      document.getElementById('sign-in-email')?.focus();
      return;
    }
    this.store.dispatch(SignInPageActions.passwordResetRequested({ email: email.value.trim() }));
  }

  protected askToReset(): void {
    this.confirming.set(true);
  }

  protected resetDemo(): void {
    this.confirming.set(false);
    this.store.dispatch(SignInPageActions.resetDemoConfirmed());
  }
}

function focusFirstInvalid(): void {
  document.querySelector<HTMLElement>('form.account input.ng-invalid')?.focus();
}

function primaryRole(person: DemoPerson): Role {
  for (const role of ['admin', 'strategist', 'reporter', 'committee'] as Role[]) {
    if (person.roles.includes(role)) return role;
  }
  return person.roles[0];
}
