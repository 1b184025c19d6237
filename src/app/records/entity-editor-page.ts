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
import { TagPicker } from '../core/crosswalk/tag-picker';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { loadFor } from '../core/org-data/load-for';
import { planRecords } from '../core/org-data/record-queries';
import { selectOpenPeriod } from '../core/org-data/org-data.selectors';
import { LocalDatePipe } from '../core/i18n/format-pipes';
import { PeriodNamePipe } from '../core/i18n/period-name';
import { planIsActiveIn } from '../domain/status';
import { sessionFeature } from '../core/session/session.feature';
import { EntityMap, Stamped } from '../domain/model';
import { FieldErrors, hasErrors } from '../domain/validation';
import { fieldMessage } from '../core/errors/error-message';
import { Message } from '../shared/ui/message';
import { RecordEditorPageActions } from './state/record-editor.actions';
import { KoladaKpiSearch } from './kolada-kpi-search';
import { KoladaKpi } from '../domain/kolada-api';
import { recordEditorFeature } from './state/record-editor.feature';
import {
  duplicateError,
  EditableKind,
  EditorContext,
  ENTITY_FORMS,
  EntityForm,
  FieldSpec,
  FormValue,
  FormValues,
} from './entity-forms';

/**
 * Creates or edits one record of the workspaces (focus area, goal, indicator, activity,
 * department, person) from its form description. Route data says which kind; `id` edits.
 */
@Component({
  selector: 'app-entity-editor-page',
  imports: [
    LocalDatePipe,
    PeriodNamePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    KoladaKpiSearch,
    TagPicker,
  ],
  templateUrl: './entity-editor-page.html',
  styleUrl: '../shared/ui/record-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntityEditorPage {
  private readonly store = inject(Store);
  /** How people sign in: what saving a person means is said afterwards. */
  private readonly signInMethod = this.store.selectSignal(sessionFeature.selectSignInMethod);

  /** Which record form (route data). */
  readonly kind = input.required<EditableKind>();
  /** The plan of a planning record (route parameter). */
  readonly planId = input<string>();
  /** The record to edit; absent for a new one. */
  readonly id = input<string>();
  /** The goal of a new indicator or activity (route parameter). */
  readonly goalId = input<string>();
  /** The focus area of a new goal (query parameter `focusArea`). */
  readonly focusArea = input<string>();

  protected readonly state = this.store.selectSignal(recordEditorFeature.selectRecordEditorState);
  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  /** A planning record's plan: its indicators, activities and Kolada values. */
  private readonly planData = loadFor(() => planRecords(this.planId()));
  private readonly ready = computed(() => this.structureReady() && this.planData.ready());
  private readonly departments = this.store.selectSignal(orgDataFeature.selectAllDepartments);
  private readonly focusAreas = this.store.selectSignal(orgDataFeature.selectAllFocusAreas);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly entities = this.store.selectSignal(orgDataFeature.selectOrgDataState);

  protected readonly spec = computed(() => ENTITY_FORMS[this.kind()] as unknown as EntityForm<EditableKind>);
  protected readonly plan = computed(() => this.plans().find((p) => p.id === this.planId()) ?? null);
  protected readonly existing = computed(() => {
    const id = this.id();
    if (!id) return null;
    return (this.entities()[this.kind()].entities[id] as EntityMap[EditableKind] | undefined) ?? null;
  });
  /** Editing something that does not exist (any more): say so instead of an empty form. */
  protected readonly missing = computed(() => this.ready() && !!this.id() && !this.existing());
  protected readonly context = computed<EditorContext>(() => {
    const planId = this.planId() ?? null;
    return {
      planId,
      parentId: this.goalId() ?? this.focusArea() ?? null,
      departments: this.departments(),
      focusAreas: this.focusAreas().filter((a) => a.planId === planId),
      goals: this.goals().filter((g) => g.planId === planId),
    };
  });
  private readonly openPeriod = this.store.selectSignal(selectOpenPeriod);
  /** A new goal in a plan that runs in the open period is due at once: the page says so before saving. */
  protected readonly dueAtOnce = computed(() => {
    const period = this.openPeriod();
    const plan = this.plan();
    if (this.kind() !== 'goals' || this.id() || !period || !plan) return null;
    return planIsActiveIn(plan, period) ? period : null;
  });
  protected readonly parentGoal = computed(() => {
    const goalId = this.goalId() ?? (this.existing() as { goalId?: string } | null)?.goalId;
    return this.goals().find((g) => g.id === goalId) ?? null;
  });
  protected readonly errors = signal<FieldErrors>({});
  protected form = new FormGroup<Record<string, FormControl<FormValue>>>({});
  private filledFor: string | null = null;
  private savesAtOpen = 0;

  constructor() {
    this.store.dispatch(RecordEditorPageActions.opened());
    this.savesAtOpen = untracked(() => this.state().saves);
    // Build the form once the data is there; never refill over what the person typed.
    effect(() => {
      const key = `${this.kind()}|${this.id() ?? 'new'}`;
      const existing = this.existing();
      if (!this.ready() || (this.id() && !existing) || this.filledFor === key) return;
      untracked(() => {
        this.filledFor = key;
        const values = this.spec().toValues(existing as never, this.context());
        this.form = new FormGroup(
          Object.fromEntries(
            this.spec().fields.map((f) => [
              f.name,
              new FormControl<FormValue>(values[f.name], { nonNullable: true }),
            ]),
          ),
        );
        this.formVersion.update((v) => v + 1);
      });
    });
    // Errors from the backend show next to their fields too.
    effect(() => {
      const fieldErrors = this.state().fieldErrors;
      if (hasErrors(fieldErrors)) untracked(() => this.showErrors(fieldErrors));
    });
  }

  /** Bumped when the form is rebuilt, so the template picks up the new controls. */
  protected readonly formVersion = signal(0);

  /** For the leave guard: typed but not saved. */
  hasUnsavedChanges(): boolean {
    return this.form.dirty && this.state().saves === this.savesAtOpen;
  }

  /** The Kolada KPI chosen in the search, said back to the person. */
  protected readonly chosenKpi = signal<KoladaKpi | null>(null);

  /** A KPI chosen in Kolada's list: its id in the field, and whether it is split by gender. */
  protected chooseKpi(kpi: KoladaKpi): void {
    const set = (name: string, value: FormValue) => {
      const control = this.form.controls[name];
      if (!control) return;
      control.setValue(value);
      control.markAsDirty();
    };
    set('koladaKpi', kpi.id);
    if (!String(this.form.controls['source']?.value ?? '').trim()) set('source', 'Kolada');
    set('genderDisaggregated', kpi.dividedByGender);
    this.chosenKpi.set(kpi);
  }

  protected fieldId(field: FieldSpec): string {
    return `field-${field.name}`;
  }

  protected saveRecord(): void {
    const spec = this.spec();
    const existing = this.existing();
    const values = this.form.getRawValue() as FormValues;
    const { draft, errors: readErrors } = spec.toDraft(values, this.context(), existing as never);
    const records = Object.values(this.entities()[this.kind()].entities) as unknown as Record<
      string,
      unknown
    >[];
    const errors = {
      ...duplicateError(spec, draft as Record<string, unknown>, records, existing?.id ?? null),
      ...spec.validate(draft as never),
      ...readErrors,
    };
    this.showErrors(errors);
    if (hasErrors(errors)) {
      this.form.markAllAsTouched();
      const first = spec.fields.find((f) => errors[f.name]);
      if (first) document.getElementById(this.fieldId(first))?.focus();
      return;
    }
    this.store.dispatch(
      RecordEditorPageActions.recordSaved({
        kind: this.kind(),
        id: existing?.id ?? null,
        expectedVersion: (existing as Stamped | null)?.version ?? 0,
        record: draft as Record<string, unknown>,
        title: String((draft as Record<string, unknown>)[spec.titleField] ?? ''),
        backUrl: spec.backUrl(this.context()),
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

  protected errorOf(name: string): Message | null {
    return (this.form.controls[name]?.errors?.['domain'] as Message | undefined) ?? null;
  }

  /** Errors with no field of their own (e.g. from the backend) go above the form. */
  protected readonly otherErrors = computed(() => {
    const names = new Set(this.spec().fields.map((f) => f.name));
    return Object.entries(this.errors())
      .filter(([name]) => !names.has(name))
      .map(([, error]) => fieldMessage(error));
  });
}
