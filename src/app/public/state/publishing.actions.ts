import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WriteFailure } from '../../core/writes/write-outcome';
import { Id } from '../../domain/model';

/** What a strategist does on the publish page. */
export const PublishPageActions = createActionGroup({
  source: 'Publish Page',
  events: {
    Opened: emptyProps(),
    'Publish Confirmed': props<{ planId: Id; periodId: Id }>(),
    'Unpublish Confirmed': props<{ planId: Id; periodId: Id }>(),
  },
});

/** How publishing went. */
export const PublishingApiActions = createActionGroup({
  source: 'Publishing API',
  events: {
    Published: props<{ planId: Id; periodId: Id; version: number }>(),
    Unpublished: props<{ planId: Id; periodId: Id }>(),
    Failed: props<WriteFailure>(),
  },
});
