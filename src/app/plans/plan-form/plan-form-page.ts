import { TagPicker } from '../../core/crosswalk/tag-picker';
import { sortTags } from '../../domain/crosswalk';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { Draft, PLAN_STATUSES, PLAN_THEMES, Plan, PlanStatus, PlanTheme } from '../../domain/model';
import { FieldErrors, hasErrors, parseLocaleNumber, validatePlan } from '../../domain/validation';
import { fieldMessage } from '../../core/errors/error-message';
import { Message } from '../../shared/ui/message';
import { PlanFormPageActions } from '../state/plan-writes.actions';
import { planWritesFeature } from '../state/plan-writes.feature';

type PlanFormGroup = FormGroup<{
  title: FormControl<string>;
  theme: FormControl<PlanTheme>;
  status: FormControl<PlanStatus>;
  validFrom: FormControl<string>;
  validTo: FormControl<string>;
  decisionRef: FormControl<string>;
  adoptedOn: FormControl<string>;
  description: FormControl<string>;
  tags: FormControl<string[]>;
}>;

@Component({
  selector: 'app-plan-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TagPicker,
  ],
  templateUrl: './plan-form-page.html',
  styleUrl: '../../shared/ui/record-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanFormPage {
  private readonly store = inject(Store);

  /** Route parameter when editing (`/plans/:planId/edit`). */
  readonly planId = input<string>();

  protected readonly themes = PLAN_THEMES;
  protected readonly statuses = PLAN_STATUSES;
  protected readonly state = this.store.selectSignal(planWritesFeature.selectPlanWritesState);
  private readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  protected readonly existing = computed(() => this.plans().find((p) => p.id === this.planId()) ?? null);
  protected readonly errors = signal<FieldErrors>({});
  private loadedFor: string | null = null;
  private savesAtOpen = 0;

  protected readonly form: PlanFormGroup = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    theme: new FormControl<PlanTheme>('integration', { nonNullable: true }),
    status: new FormControl<PlanStatus>('draft', { nonNullable: true }),
    validFrom: new FormControl(String(new Date().getFullYear()), { nonNullable: true }),
    validTo: new FormControl(String(new Date().getFullYear() + 3), { nonNullable: true }),
    decisionRef: new FormControl('', { nonNullable: true }),
    adoptedOn: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    tags: new FormControl<string[]>([], { nonNullable: true }),
  });

  constructor() {
    this.store.dispatch(PlanFormPageActions.opened());
    this.savesAtOpen = untracked(() => this.state().saves);
    // Editing: fill the form once from the stored plan (never over what the person typed).
    effect(() => {
      const plan = this.existing();
      if (!plan || this.loadedFor === plan.id) return;
      untracked(() => {
        this.loadedFor = plan.id;
        this.form.reset({
          title: plan.title,
          theme: plan.theme,
          status: plan.status,
          validFrom: String(plan.validFrom),
          validTo: String(plan.validTo),
          decisionRef: plan.decisionRef,
          adoptedOn: plan.adoptedOn ?? '',
          description: plan.description,
          tags: plan.tags ?? [],
        });
      });
    });
    // Errors from the backend show next to their fields too.
    effect(() => {
      const fieldErrors = this.state().fieldErrors;
      if (hasErrors(fieldErrors)) untracked(() => this.showErrors(fieldErrors));
    });
  }

  /** For the leave guard: typed but not saved. */
  hasUnsavedChanges(): boolean {
    return this.form.dirty && this.state().saves === this.savesAtOpen;
  }

  protected savePlan(): void {
    const value = this.form.getRawValue();
    const year = (text: string, field: string, errors: FieldErrors): number | null => {
      const parsed = parseLocaleNumber(text);
      if (!parsed.ok) errors[field] = parsed.error;
      return parsed.ok ? parsed.value : null;
    };
    const numberErrors: FieldErrors = {};
    const draft: Draft<Plan> = {
      title: value.title.trim(),
      theme: value.theme,
      status: value.status,
      validFrom: year(value.validFrom, 'validFrom', numberErrors) as number,
      validTo: year(value.validTo, 'validTo', numberErrors) as number,
      decisionRef: value.decisionRef.trim(),
      adoptedOn: value.adoptedOn.trim() || null,
      description: value.description,
      tags: sortTags(value.tags),
    };
    const errors = { ...validatePlan(draft), ...numberErrors };
    this.showErrors(errors);
    if (hasErrors(errors)) {
      this.form.markAllAsTouched();
      const first = Object.keys(errors)[0];
      document.getElementById(`plan-${first}`)?.focus();
      return;
    }
    const plan = this.existing();
    this.store.dispatch(
      PlanFormPageActions.planSaved({
        id: plan?.id ?? null,
        expectedVersion: plan?.version ?? 0,
        plan: draft,
      }),
    );
  }

  private showErrors(errors: FieldErrors): void {
    this.errors.set(errors);
    for (const [name, control] of Object.entries(this.form.controls)) {
      const error = errors[name];
      control.setErrors(error ? { domain: fieldMessage(error) } : null);
    }
  }

  protected errorOf(name: keyof PlanFormGroup['controls']): Message | null {
    return (this.form.controls[name].errors?.['domain'] as Message | undefined) ?? null;
  }
}
