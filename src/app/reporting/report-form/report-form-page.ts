import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnDestroy,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { fieldMessage } from '../../core/errors/error-message';
import { LanguageService } from '../../core/i18n/language';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { Indicator, IndicatorValue, REPORT_STATUSES, Report, reportId } from '../../domain/model';
import { FieldErrors, hasErrors, validateReport } from '../../domain/validation';
import { ErrorSummary, SummaryError } from '../../shared/ui/error-summary';
import { Message } from '../../shared/ui/message';
import { StatusChip } from '../../shared/ui/status-chip';
import { ReportFormPageActions } from '../state/report-form.actions';
import { reportFormFeature } from '../state/report-form.feature';
import { clearBackup, copiedTextsWatch, readBackup, writeBackup } from './browser-drafts';
import { IndicatorValueFields } from './indicator-value-fields';
import { PreviousReport } from './previous-report';
import { ReopenReport } from './reopen-report';
import { SaveAlert, saveStateMessage } from './save-alert';
import { createReportForm, fieldId, fieldLabel, ReportForm, showErrors, toPatch } from './report-form.model';
import { ReportHeading } from './report-heading';
import { ReportHistory } from './report-history';
import { ReportReadOnly } from './report-read-only';
import { ReportStart } from './report-start';
import { WithdrawReport } from './withdraw-report';
import { reportSubject } from './report-subject';
import { PeriodNamePipe } from '../../core/i18n/period-name';

@Component({
  selector: 'app-report-form-page',
  imports: [
    PeriodNamePipe,
    ReactiveFormsModule,
    TranslocoPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    StatusChip,
    ErrorSummary,
    IndicatorValueFields,
    PreviousReport,
    ReopenReport,
    ReportHeading,
    ReportHistory,
    ReportReadOnly,
    ReportStart,
    SaveAlert,
    WithdrawReport,
  ],
  templateUrl: './report-form-page.html',
  styleUrl: './report-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFormPage implements OnDestroy {
  private readonly store = inject(Store);
  private readonly language = inject(LanguageService);
  private readonly errorSummary = viewChild(ErrorSummary);

  /** Route parameters. */
  readonly periodId = input.required<string>();
  /** Set on goal reports (`/reporting/:periodId/:goalId/:departmentId`). */
  readonly goalId = input<string>();
  /** Set on activity reports (`/reporting/:periodId/activity/:activityId/:departmentId`). */
  readonly activityId = input<string>();
  readonly departmentId = input.required<string>();

  protected readonly statuses = REPORT_STATUSES;
  protected readonly fieldId = fieldId;
  protected readonly state = this.store.selectSignal(reportFormFeature.selectReportFormState);
  protected readonly report = this.store.selectSignal(reportFormFeature.selectReport);
  private readonly submitting = computed(() => this.state().submitting);
  private readonly members = this.store.selectSignal(orgDataFeature.selectAllMembers);
  /** The goal or activity, its context, last period's report and what the person may do. */
  protected readonly subject = reportSubject(this.store, this, this.report);
  protected readonly indicators = this.subject.indicators;
  protected readonly editable = this.subject.editable;

  protected readonly returnedBy = computed(() => {
    const report = this.report();
    return this.members().find((m) => m.id === report?.decidedBy)?.name ?? '';
  });

  /** Texts still as copied from last period's report are marked, and sending them asks first. */
  private readonly copied = copiedTextsWatch(() => (this.editable() ? (this.report()?.id ?? null) : null));
  protected readonly copiedUnchanged = this.copied.unchanged;
  /** Shown after "Skicka in" with copied texts unchanged, until confirmed or edited. */
  protected readonly confirmCopied = signal(false);

  protected form: ReportForm | null = null;
  private formFor: string | null = null;
  protected readonly localErrors = signal<FieldErrors>({});
  protected readonly submitErrors = signal<SummaryError[]>([]);
  protected readonly restored = signal(false);
  private lastSent: string | null = null;

  /** Save state for the live region: what a person needs to know about their work. */
  protected readonly saveMessage = computed(() =>
    saveStateMessage(this.state().saveState, this.state().savedAt, hasErrors(this.localErrors())),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      const key = this.subject.key();
      untracked(() => this.store.dispatch(ReportFormPageActions.opened({ key })));
    });
    // Build the form once per report (not on every save, which would undo typing).
    effect(() => {
      const report = this.report();
      const indicators = this.indicators();
      if (!report || !this.subject.ready()) return;
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
          if (JSON.stringify(this.form!.getRawValue()) === this.lastSent) clearBackup(state.report!.id);
        });
      }
    });
    // While a submission is on its way the form is frozen: what it sends is what the form shows.
    // Only when `submitting` changes: enabling recomputes validity (wiping the field errors of a
    // refused submit whenever an autosave landed), so the errors are put back after a thaw.
    effect(() => {
      const submitting = this.submitting();
      untracked(() => {
        if (!this.form) return;
        if (submitting) this.form.disable({ emitEvent: false });
        else {
          this.form.enable({ emitEvent: false });
          showErrors(this.form, this.localErrors());
        }
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
    const backup = readBackup(report.id);
    if (backup && backup.baseVersion === report.version && this.editable()) {
      // patchValue: a backup from before a field was added still restores what it has.
      this.form.patchValue(backup.value);
      this.restored.set(true);
      this.onFormChange();
    }
    this.copied.typed(this.form.getRawValue());
    this.form.valueChanges.subscribe(() => this.onFormChange());
  }

  private onFormChange(): void {
    const form = this.form;
    const report = this.report();
    if (!form || !report || !this.editable()) return;
    const value = form.getRawValue();
    this.copied.typed(value);
    this.confirmCopied.set(false);
    writeBackup(report.id, { baseVersion: report.version, value });
    const { patch, errors } = toPatch(value, this.indicators());
    const all = {
      ...validateReport({ ...report, ...patch }, this.indicators(), false, this.previousReport()),
      ...errors,
    };
    this.applyErrors(all);
    if (hasErrors(all)) return;
    this.lastSent = JSON.stringify(value);
    this.store.dispatch(ReportFormPageActions.edited({ patch }));
  }

  /** The department's last report of this goal: a gap wider than then needs explaining. */
  private previousReport(): Report | null {
    return this.subject.previous()?.report ?? null;
  }

  protected previousValueOf(indicatorId: string): IndicatorValue | undefined {
    return this.previousReport()?.indicatorValues.find((v) => v.indicatorId === indicatorId);
  }

  protected startReport(copy: boolean): void {
    const key = this.subject.key();
    const from = copy ? (this.subject.previous()?.report ?? null) : null;
    if (from) {
      const id = reportId(key.periodId, key.subjectType, key.subjectId, key.departmentId);
      this.copied.mark(id, { analysis: from.analysis, nextSteps: from.nextSteps });
    }
    this.store.dispatch(ReportFormPageActions.startClicked({ key, copyFrom: from }));
  }

  /** Sends what the form holds now, when it can be read (retry, keep mine). */
  private sendNow(
    action: typeof ReportFormPageActions.saveRequested | typeof ReportFormPageActions.mineKept,
  ) {
    if (!this.form) return;
    const value = this.form.getRawValue();
    const { patch, errors } = toPatch(value, this.indicators());
    if (hasErrors(errors)) return;
    this.lastSent = JSON.stringify(value);
    this.store.dispatch(action({ patch }));
  }

  protected retrySave(): void {
    this.sendNow(ReportFormPageActions.saveRequested);
  }

  protected keepMine(): void {
    this.sendNow(ReportFormPageActions.mineKept);
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
    const all = {
      ...validateReport({ ...report, ...patch }, this.indicators(), true, this.previousReport()),
      ...errors,
    };
    this.applyErrors(all);
    form.markAllAsTouched();
    if (hasErrors(all)) {
      this.submitErrors.set(
        Object.entries(all).map(([field, error]) => ({
          field,
          id: fieldId(field),
          label: fieldLabel(field, this.indicators()),
          message: fieldMessage(error),
        })),
      );
      setTimeout(() => this.errorSummary()?.focus());
      return;
    }
    this.submitErrors.set([]);
    this.lastSent = JSON.stringify(value);
    this.store.dispatch(ReportFormPageActions.submitClicked({ patch }));
  }

  /** Back to the copied text, to update it. */
  protected editCopied(): void {
    this.confirmCopied.set(false);
    document.getElementById(fieldId(this.copiedUnchanged()[0] ?? 'analysis'))?.focus();
  }

  protected useTheirs(): void {
    const theirs = this.state().theirs;
    if (!theirs) return;
    clearBackup(theirs.id);
    this.store.dispatch(ReportFormPageActions.theirVersionChosen());
    this.buildForm(theirs, this.indicators());
  }

  protected reopen(comment: string): void {
    this.store.dispatch(ReportFormPageActions.reopenClicked({ comment }));
  }

  protected withdraw(): void {
    this.store.dispatch(ReportFormPageActions.withdrawClicked());
  }

  /** Shows each domain error on its control (and clears the rest). */
  private applyErrors(errors: FieldErrors): void {
    this.localErrors.set(errors);
    showErrors(this.form!, errors);
  }

  protected errorOf(field: string): Message | null {
    const error = this.localErrors()[field];
    return error ? fieldMessage(error) : null;
  }
}
