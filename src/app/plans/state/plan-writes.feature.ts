import { createFeature, createReducer, on } from '@ngrx/store';
import { INITIAL_WRITE_OUTCOME, writeOutcome } from '../../core/writes/write-outcome';
import {
  GoalImportPageActions,
  KoladaImportPageActions,
  PlanFormPageActions,
  PlanPageActions,
  PlanWritesApiActions,
} from './plan-writes.actions';

/** The outcome of the plans feature's saves: the plan page, the plan form and the two imports. */
export const planWritesFeature = createFeature({
  name: 'planWrites',
  reducer: createReducer(
    INITIAL_WRITE_OUTCOME,
    on(
      PlanPageActions.opened,
      PlanFormPageActions.opened,
      GoalImportPageActions.opened,
      KoladaImportPageActions.opened,
      writeOutcome.opened,
    ),
    on(
      PlanPageActions.focusAreaMoved,
      PlanPageActions.focusAreaRemoved,
      PlanFormPageActions.planSaved,
      GoalImportPageActions.importConfirmed,
      KoladaImportPageActions.importConfirmed,
      writeOutcome.requested,
    ),
    on(PlanWritesApiActions.saved, writeOutcome.saved),
    on(PlanWritesApiActions.failed, writeOutcome.failed),
  ),
});
