import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnDestroy,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { loadReportsFor } from '../../core/org-data/load-reports-for';
import { LocalNumberPipe } from '../../core/i18n/format-pipes';
import { formatDateTime, formatNumber } from '../../core/i18n/format';
import { LanguageService } from '../../core/i18n/language';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { selectDepartmentsById, selectPeriodsInOrder } from '../../core/org-data/org-data.selectors';
import { sessionFeature } from '../../core/session/session.feature';
import { gapInPercentagePoints, genderGap, indicatorProgress } from '../../domain/indicator';
import { Indicator, REPORT_STATUSES, Report, reportId } from '../../domain/model';
import { can } from '../../domain/policy';
import { carriers, isReported, reportsAsFor } from '../../domain/status';
import { FieldError, FieldErrors, hasErrors, validateComment, validateReport } from '../../domain/validation';
import { isEditable } from '../../domain/workflow';
import { fieldMessage, Message } from '../../shared/ui/error-message';
import { StatusChip } from '../../shared/ui/status-chip';
import { ReportFormPageActions, ReportKey } from '../state/report-form.actions';
import { reportFormFeature } from '../state/report-form.feature';
import { createReportForm, ReportForm, ReportFormValue, toPatch } from './report-form.model';

const BACKUP_PREFIX = 'kompass.reportBackup.';
/** Texts a report was started with from last period's report ("Påbörja från förra periodens rapport"). */
const COPIED_PREFIX = 'kompass.reportCopied.';

interface Backup {
  baseVersion: number;
  value: ReportFormValue;
}

@Component({
  selector: 'app-report-form-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    LocalNumberPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    StatusChip,
  ],
  templateUrl: './report-form-page.html',
  styleUrl: './report-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFormPage implements OnDestroy {
  private readonly store = inject(Store);
  private readonly language = inject(LanguageService);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  /** Route parameters. */
  readonly periodId = input.required<string>();
  /** Set on goal reports (`/reporting/:periodId/:goalId/:departmentId`). */
  readonly goalId = input<string>();
  /** Set on activity reports (`/reporting/:periodId/activity/:activityId/:departmentId`). */
  readonly activityId = input<string>();
  readonly departmentId = input.required<string>();

  protected readonly statuses = REPORT_STATUSES;
  private readonly member = this.store.selectSignal(sessionFeature.selectMember);
  private readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  private readonly departments = this.store.selectSignal(selectDepartmentsById);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly areas = this.store.selectSignal(orgDataFeature.selectAllFocusAreas);
  private readonly allIndicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
  private readonly allReports = this.store.selectSignal(orgDataFeature.selectAllReports);
  private readonly members = this.store.selectSignal(orgDataFeature.selectAllMembers);
  private readonly storeReady = this.store.selectSignal(orgDataFeature.selectReady);
  /** Ready once last period's report (copied forward on start) has arrived too. */
  protected readonly ready = computed(() => this.storeReady() && this.history.ready());

  protected readonly state = this.store.selectSignal(reportFormFeature.selectReportFormState);
  protected readonly report = this.store.selectSignal(reportFormFeature.selectReport);

  protected readonly period = computed(() => this.periods().find((p) => p.id === this.periodId()) ?? null);
  private readonly activities = this.store.selectSignal(orgDataFeature.selectAllActivities);
  protected readonly activity = computed(
    () => this.activities().find((a) => a.id === this.activityId()) ?? null,
  );
  private readonly key = computed((): ReportKey =>
    this.activityId()
      ? {
          periodId: this.periodId(),
          subjectType: 'activity',
          subjectId: this.activityId()!,
          departmentId: this.departmentId(),
        }
      : {
          periodId: this.periodId(),
          subjectType: 'goal',
          subjectId: this.goalId() ?? '',
          departmentId: this.departmentId(),
        },
  );
  protected readonly goal = computed(() => {
    const goalId = this.activity()?.goalId ?? this.goalId();
    return this.goals().find((g) => g.id === goalId) ?? null;
  });
  /** What the report is about: the activity's title, or the goal's. */
  protected readonly subjectTitle = computed(() => this.activity()?.title ?? this.goal()?.title ?? '');
  protected readonly plan = computed(() => this.plans().find((p) => p.id === this.goal()?.planId) ?? null);
  protected readonly area = computed(
    () => this.areas().find((a) => a.id === this.goal()?.focusAreaId) ?? null,
  );
  protected readonly department = computed(() => this.departments().get(this.departmentId()) ?? null);
  /** The goal or activity the report is about. */
  private readonly subject = computed(() => this.activity() ?? (this.activityId() ? null : this.goal()));
  /**
   * The part this department plays: the goal's lead (its report sets the goal's figures), a
   * contributor, the activity's responsible department — or `null` when it does not carry it.
   */
  protected readonly reportsAs = computed(() => {
    const subject = this.subject();
    return subject ? reportsAsFor(subject, this.departmentId()) : null;
  });
  protected readonly leadName = computed(
    () => this.departments().get(this.goal()?.leadDepartmentId ?? '')?.name ?? '',
  );
  /** The indicators this report gives values for: none in a contribution unless its share was asked for. */
  protected readonly indicators = computed(() => {
    if (this.reportsAs() === 'contributor' && !this.goal()?.contributorsReportValues) return [];
    return this.allIndicators().filter((i) => i.goalId === this.goalId());
  });
  private readonly carriers = computed(() => {
    const subject = this.subject();
    return subject ? carriers(subject) : [];
  });

  /** The goal's reports by this department in every period: last period's is shown for reference. */
  private readonly history = loadReportsFor(() => {
    const goal = this.goal();
    if (goal) return [{ goalId: goal.id, departmentId: this.departmentId() }];
    // Everything has arrived and there is no such goal: the page says so instead of waiting.
    return this.storeReady() ? [] : null;
  });

  /** Last period's submitted or approved report of the same goal and department, for reference. */
  protected readonly previous = computed(() => {
    const periods = this.periods();
    const index = periods.findIndex((p) => p.id === this.periodId());
    for (let i = index - 1; i >= 0; i--) {
      const found = this.allReports().find(
        (r) =>
          r.periodId === periods[i].id &&
          r.subjectType === this.key().subjectType &&
          r.subjectId === this.key().subjectId &&
          r.departmentId === this.departmentId() &&
          isReported(r),
      );
      if (found) return { report: found, period: periods[i] };
    }
    return null;
  });

  protected readonly editable = computed(() => {
    const report = this.report();
    const period = this.period();
    if (!report || !period) return false;
    return (
      isEditable(report, period) &&
      can(this.member(), 'update', { kind: 'reports', report, period, carriers: this.carriers() })
    );
  });

  protected readonly canStart = computed(() => {
    const period = this.period();
    if (!period) return false;
    const draft = { departmentId: this.departmentId(), state: 'draft' as const };
    return can(this.member(), 'create', {
      kind: 'reports',
      report: draft,
      period,
      carriers: this.carriers(),
    });
  });

  /** A strategist may reopen an approved report while its period is open. */
  protected readonly canReopen = computed(() => {
    const report = this.report();
    const period = this.period();
    return (
      !!report &&
      !!period &&
      can(this.member(), 'reopen', { kind: 'reports', report, period, carriers: this.carriers() })
    );
  });
  protected readonly reopenComment = signal('');
  protected readonly reopenError = signal<Message | null>(null);

  protected reopenReport(): void {
    const error = validateComment(this.reopenComment())['comment'];
    this.reopenError.set(error ? fieldMessage(error) : null);
    if (error) {
      document.getElementById('reopen-comment')?.focus();
      return;
    }
    this.store.dispatch(ReportFormPageActions.reopenClicked({ comment: this.reopenComment() }));
  }

  protected readonly returnedBy = computed(() => {
    const report = this.report();
    return this.members().find((m) => m.id === report?.decidedBy)?.name ?? '';
  });

  /** The form's analysis and next steps as typed, for the copied-text notice. */
  private readonly texts = signal<{ analysis: string; nextSteps: string }>({ analysis: '', nextSteps: '' });
  /**
   * Texts still exactly as copied from last period's report ("Påbörja från förra periodens
   * rapport"): marked as copied, and submitting them unchanged needs a confirmation.
   */
  protected readonly copiedUnchanged = computed(() => {
    const copied = this.copiedTexts();
    if (!copied) return [];
    const texts = this.texts();
    return (['analysis', 'nextSteps'] as const).filter(
      (field) => texts[field].trim() !== '' && texts[field].trim() === copied[field].trim(),
    );
  });
  /** Bumped when a report is started from last period's, so the copied texts are read again. */
  private readonly copiedMarks = signal(0);
  /**
   * The texts the open report was started with, if it was copied forward (kept in the browser, so
   * a reload keeps the mark); read once per report, not on every key.
   */
  private readonly copiedTexts = computed((): { analysis: string; nextSteps: string } | null => {
    this.copiedMarks();
    const id = this.report()?.id;
    if (!id || !this.editable()) return null;
    try {
      const raw = localStorage.getItem(COPIED_PREFIX + id);
      return raw ? (JSON.parse(raw) as { analysis: string; nextSteps: string }) : null;
    } catch {
      return null;
    }
  });
  /** Shown after "Skicka in" with copied texts unchanged, until confirmed or edited. */
  protected readonly confirmCopied = signal(false);

  protected form: ReportForm | null = null;
  private formFor: string | null = null;
  protected readonly localErrors = signal<FieldErrors>({});
  protected readonly submitErrors = signal<{ field: string; id: string; label: string; message: Message }[]>(
    [],
  );
  protected readonly restored = signal(false);
  protected readonly showTheirs = signal(false);
  private lastSent: string | null = null;

  /** Save state for the live region: what a person needs to know about their work. */
  protected readonly saveMessage = computed((): Message | null => {
    const state = this.state();
    const none: Record<string, string> = {};
    if (hasErrors(this.localErrors())) return { key: 'report.invalidPaused', params: none };
    switch (state.saveState) {
      case 'saving':
      case 'pending':
        return { key: 'report.saving', params: none };
      case 'saved':
        return state.savedAt ? { key: 'report.saved', params: { at: this.time(state.savedAt) } } : null;
      case 'failed':
      case 'conflict':
        return { key: 'report.notSaved', params: none };
      default:
        return null;
    }
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      const key = this.key();
      untracked(() => this.store.dispatch(ReportFormPageActions.opened({ key })));
    });
    // Build the form once per report (not on every save, which would undo typing).
    effect(() => {
      const report = this.report();
      const indicators = this.indicators();
      if (!report || !this.ready()) return;
      untracked(() => {
        if (this.formFor === report.id && this.form) return;
        this.buildForm(report, indicators);
      });
    });
    // Once a save has caught up with the form, the local backup is no longer needed.
    effect(() => {
      const state = this.state();
      if (state.saveState === 'saved' && this.form && state.report) {
        untracked(() => {
          if (JSON.stringify(this.form!.getRawValue()) === this.lastSent) this.clearBackup(state.report!.id);
        });
      }
    });
    // While a submission is on its way the form is frozen: what it sends is what the form shows,
    // and nothing typed meanwhile could be saved into a submitted report.
    effect(() => {
      const submitting = this.state().submitting;
      untracked(() => {
        if (!this.form) return;
        if (submitting) this.form.disable({ emitEvent: false });
        else this.form.enable({ emitEvent: false });
      });
    });
    destroyRef.onDestroy(() => this.store.dispatch(ReportFormPageActions.closed()));
  }

  ngOnDestroy(): void {
    // Leaving with unsaved changes saves them at once.
    if (this.form && this.editable() && this.state().saveState === 'pending') {
      const { patch, errors } = toPatch(this.form.getRawValue(), this.indicators());
      if (!hasErrors(errors)) this.store.dispatch(ReportFormPageActions.saveRequested({ patch }));
    }
  }

  private buildForm(report: Report, indicators: Indicator[]): void {
    this.form = createReportForm(report, indicators, this.language.locale());
    this.formFor = report.id;
    const backup = this.readBackup(report.id);
    if (backup && backup.baseVersion === report.version && this.editable()) {
      this.form.setValue(backup.value);
      this.restored.set(true);
      this.onFormChange();
    }
    const built = this.form.getRawValue();
    this.texts.set({ analysis: built.analysis ?? '', nextSteps: built.nextSteps ?? '' });
    this.form.valueChanges.subscribe(() => this.onFormChange());
  }

  private onFormChange(): void {
    const form = this.form;
    const report = this.report();
    if (!form || !report || !this.editable()) return;
    const value = form.getRawValue();
    this.texts.set({ analysis: value.analysis ?? '', nextSteps: value.nextSteps ?? '' });
    this.confirmCopied.set(false);
    this.writeBackup(report.id, { baseVersion: report.version, value });
    const { patch, errors } = toPatch(value, this.indicators());
    const all = { ...validateReport({ ...report, ...patch }, this.indicators(), false), ...errors };
    this.applyErrors(all);
    if (hasErrors(all)) return;
    this.lastSent = JSON.stringify(value);
    this.store.dispatch(ReportFormPageActions.edited({ patch }));
  }

  protected startReport(copy: boolean): void {
    const key = this.key();
    const from = copy ? (this.previous()?.report ?? null) : null;
    if (from) {
      try {
        const id = reportId(key.periodId, key.subjectType, key.subjectId, key.departmentId);
        localStorage.setItem(
          COPIED_PREFIX + id,
          JSON.stringify({ analysis: from.analysis, nextSteps: from.nextSteps }),
        );
        this.copiedMarks.update((n) => n + 1);
      } catch {
        // Without storage the texts are not marked; nothing else depends on it.
      }
    }
    this.store.dispatch(ReportFormPageActions.startClicked({ key, copyFrom: from }));
  }

  protected retrySave(): void {
    if (!this.form) return;
    const value = this.form.getRawValue();
    const { patch, errors } = toPatch(value, this.indicators());
    if (hasErrors(errors)) return;
    this.lastSent = JSON.stringify(value);
    this.store.dispatch(ReportFormPageActions.saveRequested({ patch }));
  }

  protected submitReport(confirmed = false): void {
    const form = this.form;
    const report = this.report();
    if (!form || !report) return;
    if (!confirmed && this.copiedUnchanged().length > 0) {
      // Last period's words sent again unread would tell the committee nothing new.
      this.confirmCopied.set(true);
      setTimeout(() => document.getElementById('copied-confirm')?.focus());
      return;
    }
    this.confirmCopied.set(false);
    const value = form.getRawValue();
    const { patch, errors } = toPatch(value, this.indicators());
    const all = { ...validateReport({ ...report, ...patch }, this.indicators(), true), ...errors };
    this.applyErrors(all);
    form.markAllAsTouched();
    if (hasErrors(all)) {
      this.submitErrors.set(
        Object.entries(all).map(([field, error]) => ({
          field,
          id: this.fieldId(field),
          label: this.fieldLabel(field),
          message: fieldMessage(error),
        })),
      );
      setTimeout(() => this.errorSummary()?.nativeElement.focus());
      return;
    }
    this.submitErrors.set([]);
    this.lastSent = JSON.stringify(value);
    this.store.dispatch(ReportFormPageActions.submitClicked({ patch }));
  }

  /** Back to the copied text, to update it. */
  protected editCopied(): void {
    this.confirmCopied.set(false);
    document.getElementById(this.fieldId(this.copiedUnchanged()[0] ?? 'analysis'))?.focus();
  }

  protected useTheirs(): void {
    const theirs = this.state().theirs;
    if (!theirs) return;
    this.clearBackup(theirs.id);
    this.store.dispatch(ReportFormPageActions.theirVersionChosen());
    this.buildForm(theirs, this.indicators());
  }

  protected keepMine(): void {
    if (!this.form) return;
    const value = this.form.getRawValue();
    const { patch, errors } = toPatch(value, this.indicators());
    if (hasErrors(errors)) return;
    this.lastSent = JSON.stringify(value);
    this.store.dispatch(ReportFormPageActions.mineKept({ patch }));
  }

  /** Shows each domain error on its control (and clears the rest). */
  private applyErrors(errors: FieldErrors): void {
    this.localErrors.set(errors);
    const form = this.form!;
    const controls: [string, AbstractControl][] = [
      ['status', form.controls.status],
      ['progress', form.controls.progress],
      ['analysis', form.controls.analysis],
      ['nextSteps', form.controls.nextSteps],
      ['documentUrl', form.controls.documentUrl],
    ];
    for (const [id, group] of Object.entries(form.controls.values.controls)) {
      for (const part of ['women', 'men', 'total'] as const)
        controls.push([`values.${id}.${part}`, group.controls[part]]);
    }
    for (const [field, control] of controls) {
      const error: FieldError | undefined = errors[field];
      control.setErrors(error ? { domain: fieldMessage(error) } : null, { emitEvent: false });
    }
  }

  protected errorOf(control: AbstractControl): Message | null {
    return (control.errors?.['domain'] as Message | undefined) ?? null;
  }

  protected valueControl(indicatorId: string, part: string): AbstractControl {
    return this.form!.controls.values.controls[indicatorId].get(part)!;
  }

  protected indicatorById(id: string): Indicator | undefined {
    return this.indicators().find((i) => i.id === id);
  }

  /** From the error summary to the field (radio groups focus their checked or first option). */
  protected focusField(id: string): void {
    const target = document.getElementById(id);
    const focusable = target?.matches('input, textarea, select')
      ? target
      : target?.querySelector<HTMLElement>('input');
    focusable?.focus();
  }

  protected fieldId(field: string): string {
    return `field-${field.replace(/\./g, '-')}`;
  }

  private fieldLabel(field: string): string {
    if (field.startsWith('values.')) {
      const [, indicatorId] = field.split('.');
      return this.indicators().find((i) => i.id === indicatorId)?.name ?? field;
    }
    return `report.${field}`;
  }

  protected progressOf(indicator: Indicator): number | null {
    const parsed = toPatch(this.form!.getRawValue(), [indicator]).patch.indicatorValues?.[0]?.total ?? null;
    const progress = indicatorProgress(
      indicator.baselineValue,
      indicator.targetValue,
      parsed,
      indicator.direction,
    );
    return progress === null ? null : Math.round(progress * 100);
  }

  /** A gap between two percentages is in percentage points. */
  protected readonly percentagePoints = gapInPercentagePoints;

  protected gapOf(indicator: Indicator): number | null {
    const value = toPatch(this.form!.getRawValue(), [indicator]).patch.indicatorValues?.[0];
    return value ? genderGap(value.women, value.men) : null;
  }

  protected number(value: number | null): string {
    return formatNumber(value, this.language.locale(), 2);
  }

  protected time(iso: string): string {
    return formatDateTime(iso);
  }

  private readBackup(id: string): Backup | null {
    try {
      const raw = localStorage.getItem(BACKUP_PREFIX + id);
      return raw ? (JSON.parse(raw) as Backup) : null;
    } catch {
      return null;
    }
  }

  private writeBackup(id: string, backup: Backup): void {
    try {
      localStorage.setItem(BACKUP_PREFIX + id, JSON.stringify(backup));
    } catch {
      // Storage full or disabled: the debounced save still runs.
    }
  }

  private clearBackup(id: string): void {
    try {
      localStorage.removeItem(BACKUP_PREFIX + id);
    } catch {
      // Nothing to clear.
    }
  }
}
