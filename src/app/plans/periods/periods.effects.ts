import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, exhaustMap, from, map, of } from 'rxjs';
import { RECORDS } from '../../data-access/backend';
import { formatDateTime } from '../../core/i18n/format';
import { Draft, Period } from '../../domain/model';
import { standardPeriodId, standardPeriods, stateAfter } from '../../domain/periods';
import { errorMessage } from '../../core/errors/error-message';
import { PeriodsApiActions, PeriodsPageActions } from './periods.actions';

/** The year already has its standard periods. */
class YearExists extends Error {}

/**
 * Creates Tertial 1, Delår and Helår of a year. An existing year is refused before anything is
 * written, so a year is never half-created.
 */
export const createStandardYear = createEffect(
  (actions$ = inject(Actions), records = inject(RECORDS)) => {
    return actions$.pipe(
      ofType(PeriodsPageActions.standardYearRequested),
      exhaustMap(({ year }) =>
        from(
          (async () => {
            const backend = records;
            const drafts = standardPeriods(year).map((p) => ({
              ...p,
              id: standardPeriodId(p),
              state: 'planned' as const,
            }));
            for (const draft of drafts) {
              const existing = await backend.get('periods', draft.id);
              if (existing) throw new YearExists(draft.id);
            }
            for (const draft of drafts) await backend.create('periods', draft as Draft<Period>);
            return drafts.length;
          })(),
        ).pipe(
          map((count) => PeriodsApiActions.periodsCreated({ year, count })),
          catchError((error) =>
            of(
              PeriodsApiActions.periodChangeFailed({
                message:
                  error instanceof YearExists
                    ? { key: 'periods.exists', params: { year } }
                    : errorMessage(error, formatDateTime),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeState = createEffect(
  (actions$ = inject(Actions), records = inject(RECORDS)) => {
    return actions$.pipe(
      ofType(PeriodsPageActions.stateChangeConfirmed),
      concatMap(({ period, action }) =>
        from(records.update('periods', period.id, period.version, { state: stateAfter(action) })).pipe(
          map((saved) =>
            PeriodsApiActions.periodSaved({
              period: saved,
              message: { key: `periods.done.${action}`, params: { name: saved.name } },
            }),
          ),
          catchError((error) =>
            of(PeriodsApiActions.periodChangeFailed({ message: errorMessage(error, formatDateTime) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeDeadline = createEffect(
  (actions$ = inject(Actions), records = inject(RECORDS)) => {
    return actions$.pipe(
      ofType(PeriodsPageActions.deadlineChanged),
      concatMap(({ period, deadline }) =>
        from(records.update('periods', period.id, period.version, { deadline })).pipe(
          map((saved) =>
            PeriodsApiActions.periodSaved({
              period: saved,
              message: { key: 'periods.done.deadline', params: { name: saved.name } },
            }),
          ),
          catchError((error) =>
            of(PeriodsApiActions.periodChangeFailed({ message: errorMessage(error, formatDateTime) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
