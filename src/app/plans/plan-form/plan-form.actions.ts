import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Draft, Patch, Plan } from '../../domain/model';
import { FieldErrors } from '../../domain/validation';
import { Message } from '../../shared/ui/error-message';

export const PlanFormPageActions = createActionGroup({
  source: 'Plan Form Page',
  events: {
    'Create Submitted': props<{ draft: Draft<Plan> }>(),
    'Update Submitted': props<{ plan: Plan; patch: Patch<Plan> }>(),
    Opened: emptyProps(),
  },
});

export const PlansApiActions = createActionGroup({
  source: 'Plans API',
  events: {
    'Plan Saved': props<{ plan: Plan }>(),
    'Plan Save Failed': props<{ message: Message; fieldErrors: FieldErrors }>(),
  },
});
