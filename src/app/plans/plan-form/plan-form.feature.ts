import { createFeature, createReducer, on } from '@ngrx/store';
import { Plan } from '../../domain/model';
import { FieldErrors } from '../../domain/validation';
import { Message } from '../../shared/ui/error-message';
import { PlanFormPageActions, PlansApiActions } from './plan-form.actions';

export interface PlanFormState {
  saving: boolean;
  saved: Plan | null;
  message: Message | null;
  fieldErrors: FieldErrors;
}

const initialState: PlanFormState = { saving: false, saved: null, message: null, fieldErrors: {} };

export const planFormFeature = createFeature({
  name: 'planForm',
  reducer: createReducer(
    initialState,
    on(PlanFormPageActions.opened, (): PlanFormState => initialState),
    on(PlanFormPageActions.createSubmitted, PlanFormPageActions.updateSubmitted, (state): PlanFormState => ({
      ...state,
      saving: true,
      message: null,
      saved: null,
    })),
    on(PlansApiActions.planSaved, (_state, { plan }): PlanFormState => ({ ...initialState, saved: plan })),
    on(PlansApiActions.planSaveFailed, (state, { message, fieldErrors }): PlanFormState => ({
      ...state,
      saving: false,
      message,
      fieldErrors,
    })),
  ),
});
