import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, exhaustMap, from, map, of, retry, timer } from 'rxjs';
import { WriteService } from '../../core/writes/write.service';
import { NOTICES } from '../../data-access/backend';
import { NoticesApiActions, NoticesPageActions } from './notices.actions';

/** A live read that failed (offline, a rule) is tried again a little later, not given up. */
const AGAIN = { delay: () => timer(30_000) };

/** The person's notices, live, as long as the app runs (the port follows the session). */
export const watchNotices = createEffect(
  (notices = inject(NOTICES)) => {
    return notices.notices().pipe(
      retry(AGAIN),
      map((found) => NoticesApiActions.noticesChanged({ notices: found })),
    );
  },
  { functional: true },
);

export const watchSettings = createEffect(
  (notices = inject(NOTICES)) => {
    return notices.settings().pipe(
      retry(AGAIN),
      map((settings) => NoticesApiActions.settingsChanged({ settings })),
    );
  },
  { functional: true },
);

/** Marks notices read, in the order asked. */
export const markRead = createEffect(
  (actions$ = inject(Actions), notices = inject(NOTICES), writes = inject(WriteService)) => {
    return actions$.pipe(
      ofType(NoticesPageActions.markedRead),
      concatMap(({ ids }) =>
        from(notices.markRead(ids)).pipe(
          map(() => NoticesApiActions.noticesMarkedRead()),
          catchError((error: unknown) => of(NoticesApiActions.failed(writes.failureOf(error)))),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveSettings = createEffect(
  (actions$ = inject(Actions), notices = inject(NOTICES), writes = inject(WriteService)) => {
    return actions$.pipe(
      ofType(NoticesPageActions.settingsSaved),
      exhaustMap(({ choices }) =>
        from(notices.saveSettings(choices)).pipe(
          map(() => NoticesApiActions.settingsSaveSucceeded()),
          catchError((error: unknown) => of(NoticesApiActions.failed(writes.failureOf(error)))),
        ),
      ),
    );
  },
  { functional: true },
);
