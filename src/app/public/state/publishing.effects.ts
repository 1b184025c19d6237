import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, from, map, of } from 'rxjs';
import { WriteService } from '../../core/writes/write.service';
import { PUBLISHING } from '../../data-access/backend';
import { PermissionDenied } from '../../domain/errors';
import { PublishingApiActions, PublishPageActions } from './publishing.actions';

/** Publishes a plan's follow-up for a period through the port (one at a time). */
export const publish = createEffect(
  (actions$ = inject(Actions), publishing = inject(PUBLISHING), writes = inject(WriteService)) => {
    return actions$.pipe(
      ofType(PublishPageActions.publishConfirmed),
      exhaustMap(({ planId, periodId }) =>
        from(
          publishing
            ? publishing.publish(planId, periodId)
            : Promise.reject(new PermissionDenied('create', 'publications')),
        ).pipe(
          map((snapshot) => PublishingApiActions.published({ planId, periodId, version: snapshot.version })),
          catchError((error: unknown) => of(PublishingApiActions.failed(writes.failureOf(error)))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Takes a publication down. */
export const unpublish = createEffect(
  (actions$ = inject(Actions), publishing = inject(PUBLISHING), writes = inject(WriteService)) => {
    return actions$.pipe(
      ofType(PublishPageActions.unpublishConfirmed),
      exhaustMap(({ planId, periodId }) =>
        from(
          publishing
            ? publishing.unpublish(planId, periodId)
            : Promise.reject(new PermissionDenied('delete', 'publications')),
        ).pipe(
          map(() => PublishingApiActions.unpublished({ planId, periodId })),
          catchError((error: unknown) => of(PublishingApiActions.failed(writes.failureOf(error)))),
        ),
      ),
    );
  },
  { functional: true },
);
