import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  concatMap,
  debounceTime,
  exhaustMap,
  from,
  map,
  merge,
  of,
  switchMap,
  take,
  takeUntil,
} from 'rxjs';
import { BackendLoader } from '../../core/backend/backend-loader';
import { formatDateTime } from '../../core/i18n/format';
import { ValidationFailed, VersionConflict } from '../../domain/errors';
import { Draft, Report, reportId } from '../../domain/model';
import { errorMessage } from '../../shared/ui/error-message';
import { ReportFormPageActions, ReportsApiActions } from './report-form.actions';
import { reportFormFeature } from './report-form.feature';

/** How long typing must pause before a draft is saved. */
const AUTOSAVE_DELAY_MS = 1000;

function failure(error: unknown) {
  return {
    message: errorMessage(error, formatDateTime),
    theirs: error instanceof VersionConflict ? (error.current as Report) : null,
    fieldErrors: error instanceof ValidationFailed ? error.fieldErrors : {},
  };
}

export const loadReport = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(ReportFormPageActions.opened),
      switchMap(({ key }) =>
        from(
          loader.backend.get(
            'reports',
            reportId(key.periodId, key.subjectType, key.subjectId, key.departmentId),
          ),
        ).pipe(
          map((report) => ReportsApiActions.reportLoaded({ report })),
          catchError((error) => of(ReportsApiActions.reportLoadFailed({ message: errorMessage(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The report's timeline, live: a save or a decision elsewhere shows up at once. */
export const watchHistory = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(ReportFormPageActions.opened),
      switchMap(({ key }) =>
        loader.backend
          .history('reports', reportId(key.periodId, key.subjectType, key.subjectId, key.departmentId))
          .pipe(
            map((entries) => ReportsApiActions.historyLoaded({ entries })),
            catchError(() => of(ReportsApiActions.historyLoaded({ entries: [] }))),
            takeUntil(actions$.pipe(ofType(ReportFormPageActions.closed))),
          ),
      ),
    );
  },
  { functional: true },
);

export const startReport = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(ReportFormPageActions.startClicked),
      exhaustMap(({ key, copyFrom }) => {
        // Copy forward: status and texts from last period, indicator values left empty.
        const draft = {
          subjectType: key.subjectType,
          subjectId: key.subjectId,
          departmentId: key.departmentId,
          periodId: key.periodId,
          status: copyFrom?.status ?? 'not-started',
          analysis: copyFrom?.analysis ?? '',
          nextSteps: copyFrom?.nextSteps ?? '',
          documentUrl: copyFrom?.documentUrl ?? '',
          progress: copyFrom?.progress ?? null,
          indicatorValues: [],
        } as unknown as Draft<Report>;
        return from(loader.backend.create('reports', draft)).pipe(
          map((report) => ReportsApiActions.reportSaved({ report })),
          catchError((error) => of(ReportsApiActions.reportSaveFailed(failure(error)))),
        );
      }),
    );
  },
  { functional: true },
);

/** Drafts are saved after a pause in typing, or at once when asked; writes go out in order. */
export const saveReport = createEffect(
  (actions$ = inject(Actions), store = inject(Store), loader = inject(BackendLoader)) => {
    return merge(
      actions$.pipe(ofType(ReportFormPageActions.edited), debounceTime(AUTOSAVE_DELAY_MS)),
      actions$.pipe(ofType(ReportFormPageActions.saveRequested, ReportFormPageActions.mineKept)),
    ).pipe(
      concatMap(({ patch }) =>
        store.select(reportFormFeature.selectReport).pipe(
          take(1),
          concatMap((report) => {
            if (!report)
              return of(ReportsApiActions.reportSaveFailed(failure(new Error('No report to save'))));
            return from(loader.backend.update('reports', report.id, report.version, patch)).pipe(
              map((saved) => ReportsApiActions.reportSaved({ report: saved })),
              catchError((error) => of(ReportsApiActions.reportSaveFailed(failure(error)))),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

/** Submitting saves what is in the form, then moves the report on; nothing is submitted half-saved. */
export const submitReport = createEffect(
  (actions$ = inject(Actions), store = inject(Store), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(ReportFormPageActions.submitClicked),
      exhaustMap(({ patch }) =>
        store.select(reportFormFeature.selectReport).pipe(
          take(1),
          concatMap(async (report) => {
            if (!report) throw new Error('No report to submit');
            const saved = await loader.backend.update('reports', report.id, report.version, patch);
            try {
              return await loader.backend.transition(saved.id, saved.version, 'submit');
            } catch (error) {
              // Keep the saved content as the base of the next write.
              (error as { saved?: Report }).saved = saved;
              throw error;
            }
          }),
          map((report) => ReportsApiActions.reportSubmitted({ report })),
          catchError((error) => {
            const saved = (error as { saved?: Report }).saved;
            const failed = ReportsApiActions.reportSubmitFailed(failure(error));
            return saved ? of(ReportsApiActions.reportSaved({ report: saved }), failed) : of(failed);
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const reopenReport = createEffect(
  (actions$ = inject(Actions), store = inject(Store), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(ReportFormPageActions.reopenClicked),
      exhaustMap(({ comment }) =>
        store.select(reportFormFeature.selectReport).pipe(
          take(1),
          concatMap((report) => {
            if (!report) throw new Error('No report to reopen');
            return from(loader.backend.transition(report.id, report.version, 'reopen', comment));
          }),
          map((report) => ReportsApiActions.reportReopened({ report })),
          catchError((error) => of(ReportsApiActions.reportSubmitFailed(failure(error)))),
        ),
      ),
    );
  },
  { functional: true },
);
