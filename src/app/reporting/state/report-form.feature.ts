import { createFeature, createReducer, on } from '@ngrx/store';
import { AuditEntry, Report } from '../../domain/model';
import { FieldErrors } from '../../domain/validation';
import { Message } from '../../shared/ui/message';
import { ReportFormPageActions, ReportKey, ReportsApiActions } from './report-form.actions';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface ReportFormState {
  key: ReportKey | null;
  loading: boolean;
  /** The last version the backend confirmed; writes are based on its version. */
  report: Report | null;
  saveState: SaveState;
  savedAt: string | null;
  submitting: boolean;
  justSubmitted: boolean;
  /** The report was just taken back: it is a draft again. */
  justWithdrawn: boolean;
  message: Message | null;
  fieldErrors: FieldErrors;
  /** Someone else's newer version, after a conflict. */
  theirs: Report | null;
  history: AuditEntry[];
}

const initialState: ReportFormState = {
  key: null,
  loading: false,
  report: null,
  saveState: 'idle',
  savedAt: null,
  submitting: false,
  justSubmitted: false,
  justWithdrawn: false,
  message: null,
  fieldErrors: {},
  theirs: null,
  history: [],
};

export const reportFormFeature = createFeature({
  name: 'reportForm',
  reducer: createReducer(
    initialState,
    on(ReportFormPageActions.opened, (_state, { key }): ReportFormState => ({
      ...initialState,
      key,
      loading: true,
    })),
    on(ReportFormPageActions.closed, (): ReportFormState => initialState),
    on(ReportsApiActions.reportLoaded, (state, { report }): ReportFormState => ({
      ...state,
      loading: false,
      report,
    })),
    on(ReportsApiActions.reportLoadFailed, (state, { message }): ReportFormState => ({
      ...state,
      loading: false,
      message,
    })),
    on(ReportFormPageActions.startClicked, (state): ReportFormState => ({
      ...state,
      saveState: 'saving',
      message: null,
    })),
    on(ReportFormPageActions.edited, (state): ReportFormState => ({
      ...state,
      saveState: 'pending',
      justSubmitted: false,
      justWithdrawn: false,
    })),
    on(ReportFormPageActions.saveRequested, (state): ReportFormState => ({ ...state, saveState: 'saving' })),
    on(ReportsApiActions.reportSaved, (state, { report }): ReportFormState => ({
      ...state,
      report,
      saveState: 'saved',
      savedAt: report.updatedAt,
      message: null,
      fieldErrors: {},
      theirs: null,
    })),
    on(ReportsApiActions.reportSaveFailed, (state, { message, theirs, fieldErrors }): ReportFormState => ({
      ...state,
      saveState: theirs ? 'conflict' : 'failed',
      message,
      theirs,
      fieldErrors,
    })),
    on(ReportFormPageActions.submitClicked, (state): ReportFormState => ({
      ...state,
      submitting: true,
      message: null,
    })),
    on(ReportsApiActions.reportSubmitted, (state, { report }): ReportFormState => ({
      ...state,
      report,
      submitting: false,
      justSubmitted: true,
      justWithdrawn: false,
      saveState: 'saved',
      savedAt: report.updatedAt,
      fieldErrors: {},
    })),
    on(ReportsApiActions.reportSubmitFailed, (state, { message, theirs, fieldErrors }): ReportFormState => ({
      ...state,
      submitting: false,
      saveState: theirs ? 'conflict' : state.saveState,
      message,
      theirs,
      fieldErrors,
    })),
    on(ReportFormPageActions.theirVersionChosen, (state): ReportFormState => ({
      ...state,
      report: state.theirs,
      theirs: null,
      saveState: 'saved',
      message: null,
    })),
    on(ReportFormPageActions.mineKept, (state): ReportFormState => ({
      ...state,
      report: state.theirs ?? state.report,
      theirs: null,
      saveState: 'saving',
    })),
    on(ReportFormPageActions.withdrawClicked, (state): ReportFormState => ({
      ...state,
      submitting: true,
      message: null,
    })),
    on(ReportsApiActions.reportWithdrawn, (state, { report }): ReportFormState => ({
      ...state,
      report,
      submitting: false,
      justSubmitted: false,
      justWithdrawn: true,
      message: null,
    })),
    on(ReportsApiActions.reportReopened, (state, { report }): ReportFormState => ({
      ...state,
      report,
      submitting: false,
      justSubmitted: false,
      message: null,
    })),
    on(ReportsApiActions.historyLoaded, (state, { entries }): ReportFormState => ({
      ...state,
      history: entries,
    })),
  ),
});
