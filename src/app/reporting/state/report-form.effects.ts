import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action, Store } from '@ngrx/store';
import {
  catchError,
  concatMap,
  defer,
  exhaustMap,
  from,
  map,
  merge,
  of,
  switchMap,
  takeUntil,
  timer,
} from 'rxjs';
import { formatDateTime } from '../../core/i18n/format';
import { ValidationFailed, VersionConflict } from '../../domain/errors';
import { Draft, Report, reportId } from '../../domain/model';
import { errorMessage } from '../../core/errors/error-message';
import { RecordsPort, RECORDS } from '../../data-access/backend';
import { ReportFormPageActions, ReportPatch, ReportsApiActions } from './report-form.actions';
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
  (actions$ = inject(Actions), records = inject(RECORDS)) => {
    return actions$.pipe(
      ofType(ReportFormPageActions.opened),
      switchMap(({ key }) =>
        from(
          records.get('reports', reportId(key.periodId, key.subjectType, key.subjectId, key.departmentId)),
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
  (actions$ = inject(Actions), records = inject(RECORDS)) => {
    return actions$.pipe(
      ofType(ReportFormPageActions.opened),
      switchMap(({ key }) =>
        records
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
  (actions$ = inject(Actions), records = inject(RECORDS)) => {
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
        return from(records.create('reports', draft)).pipe(
          map((report) => ReportsApiActions.reportSaved({ report })),
          catchError((error) => of(ReportsApiActions.reportSaveFailed(failure(error)))),
        );
      }),
    );
  },
  { functional: true },
);

/** One write of the open report, in the order the person made it. */
type ReportWrite =
  | { kind: 'save'; patch: ReportPatch }
  | { kind: 'submit'; patch: ReportPatch }
  | { kind: 'reopen'; comment: string }
  | { kind: 'withdraw' };

/**
 * Every write of the open report goes through one queue, in order: a draft saved after a pause in
 * typing (or at once when asked), a submission, a reopening. Each write starts from the version the
 * previous one left, so a person's own autosave never makes their submission a conflict with
 * themselves (a slow laptop made the two race). A submission carries the whole form, so an
 * autosave still waiting for its pause is dropped; a second press of "Skicka in" finds the report
 * submitted and sends nothing. A conflict with a change this same tab made (`updatedIn`) is
 * re-based on that version; one with anyone else's change — another person, another tab — is shown.
 */
export const writeReport = createEffect(
  (actions$ = inject(Actions), store = inject(Store), records = inject(RECORDS)) => {
    const immediate = actions$.pipe(
      ofType(
        ReportFormPageActions.saveRequested,
        ReportFormPageActions.mineKept,
        ReportFormPageActions.submitClicked,
        ReportFormPageActions.reopenClicked,
        ReportFormPageActions.withdrawClicked,
        ReportFormPageActions.opened,
      ),
    );
    const autosaves = actions$.pipe(
      ofType(ReportFormPageActions.edited),
      switchMap(({ patch }) =>
        timer(AUTOSAVE_DELAY_MS).pipe(
          map((): ReportWrite => ({ kind: 'save', patch })),
          takeUntil(immediate),
        ),
      ),
    );
    const writes = merge(
      autosaves,
      actions$.pipe(
        ofType(ReportFormPageActions.saveRequested, ReportFormPageActions.mineKept),
        map(({ patch }): ReportWrite => ({ kind: 'save', patch })),
      ),
      actions$.pipe(
        ofType(ReportFormPageActions.submitClicked),
        map(({ patch }): ReportWrite => ({ kind: 'submit', patch })),
      ),
      actions$.pipe(
        ofType(ReportFormPageActions.reopenClicked),
        map(({ comment }): ReportWrite => ({ kind: 'reopen', comment })),
      ),
      actions$.pipe(
        ofType(ReportFormPageActions.withdrawClicked),
        map((): ReportWrite => ({ kind: 'withdraw' })),
      ),
    );
    const reportNow = store.selectSignal(reportFormFeature.selectReport);
    // What this queue's own writes returned, by report: the base of the next write even when the
    // page has been left in between (leaving saves, and the store forgets the report then).
    const written = new Map<string, Report>();
    const newest = (...reports: (Report | null | undefined)[]) =>
      reports.reduce<Report | null>((a, b) => (b && (!a || b.version > a.version) ? b : a), null);

    return writes.pipe(
      map((write) => ({ write, enqueued: reportNow() })),
      concatMap(({ write, enqueued }) =>
        defer(async () => {
          const inStore = reportNow();
          const id = enqueued?.id ?? inStore?.id;
          const base = newest(enqueued, inStore?.id === id ? inStore : null, id ? written.get(id) : null);
          if (!base) throw new Error('No report to write');

          const result = await runWrite(records, base, write);
          written.set(result.report.id, result.report);
          return result;
        }).pipe(
          concatMap((result) => of(...result.actions)),
          catchError((error) => of(...failed(write, error))),
        ),
      ),
    );
  },
  { functional: true },
);

interface WriteResult {
  report: Report;
  actions: Action[];
}

async function runWrite(records: RecordsPort, base: Report, write: ReportWrite): Promise<WriteResult> {
  switch (write.kind) {
    case 'save': {
      const report = await rebased(records, base, (version) =>
        records.update('reports', base.id, version, write.patch),
      );
      return { report, actions: [ReportsApiActions.reportSaved({ report })] };
    }
    case 'submit': {
      // Pressed twice: the first press has submitted it already.
      if (base.state === 'submitted') {
        return { report: base, actions: [ReportsApiActions.reportSubmitted({ report: base })] };
      }
      const saved = await rebased(records, base, (version) =>
        records.update('reports', base.id, version, write.patch),
      );
      try {
        const report = await records.transition(saved.id, saved.version, 'submit');
        return { report, actions: [ReportsApiActions.reportSubmitted({ report })] };
      } catch (error) {
        // The content is saved: it is the base of the next write.
        throw Object.assign(error instanceof Error ? error : new Error(String(error)), { saved });
      }
    }
    case 'reopen': {
      const report = await records.transition(base.id, base.version, 'reopen', write.comment);
      return { report, actions: [ReportsApiActions.reportReopened({ report })] };
    }
    case 'withdraw': {
      const report = await records.transition(base.id, base.version, 'withdraw');
      return { report, actions: [ReportsApiActions.reportWithdrawn({ report })] };
    }
  }
}

/**
 * Runs a write on `base`'s version; if that version is stale only because of a change this same
 * tab made, runs it once more on the current version.
 */
async function rebased(records: RecordsPort, base: Report, write: (version: number) => Promise<Report>) {
  try {
    return await write(base.version);
  } catch (error) {
    const current = error instanceof VersionConflict ? (error.current as Report | undefined) : undefined;
    if (current?.updatedIn && current.updatedIn === records.clientId) return write(current.version);
    throw error;
  }
}

function failed(write: ReportWrite, error: unknown): Action[] {
  if (write.kind === 'save') return [ReportsApiActions.reportSaveFailed(failure(error))];
  const saved = (error as { saved?: Report }).saved;
  const refused = ReportsApiActions.reportSubmitFailed(failure(error));
  return saved ? [ReportsApiActions.reportSaved({ report: saved }), refused] : [refused];
}
