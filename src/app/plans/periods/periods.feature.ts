import { createFeature, createReducer, on } from '@ngrx/store';
import { Message } from '../../shared/ui/message';
import { countKey } from '../../core/i18n/format';
import { PeriodsApiActions, PeriodsPageActions } from './periods.actions';

export interface PeriodsState {
  busy: boolean;
  /** The outcome of the last action, for the live region. */
  message: Message | null;
  failed: boolean;
}

const initialState: PeriodsState = { busy: false, message: null, failed: false };

export const periodsFeature = createFeature({
  name: 'periodsAdmin',
  reducer: createReducer(
    initialState,
    on(
      PeriodsPageActions.standardYearRequested,
      PeriodsPageActions.stateChangeConfirmed,
      PeriodsPageActions.deadlineChanged,
      (state): PeriodsState => ({ ...state, busy: true, message: null, failed: false }),
    ),
    on(PeriodsApiActions.periodsCreated, (_state, { year, count }): PeriodsState => ({
      busy: false,
      failed: false,
      message: { key: countKey('periods.created', count), params: { year, count } },
    })),
    on(PeriodsApiActions.periodSaved, (_state, { message }): PeriodsState => ({
      busy: false,
      failed: false,
      message,
    })),
    on(PeriodsApiActions.periodChangeFailed, (_state, { message }): PeriodsState => ({
      busy: false,
      failed: true,
      message,
    })),
  ),
});
