import { createFeature, createReducer, on } from '@ngrx/store';
import { Message } from '../../shared/ui/error-message';
import { ReviewApiActions, ReviewPageActions } from './review.actions';

export interface ReviewState {
  /** Reports with a decision on its way. */
  busy: Record<string, boolean>;
  /** The latest outcome per report, for the live region. */
  outcome: Record<string, Message>;
}

const initialState: ReviewState = { busy: {}, outcome: {} };

export const reviewFeature = createFeature({
  name: 'review',
  reducer: createReducer(
    initialState,
    on(
      ReviewPageActions.approveClicked,
      ReviewPageActions.returnClicked,
      (state, { report }): ReviewState => ({ ...state, busy: { ...state.busy, [report.id]: true } }),
    ),
    on(ReviewApiActions.reportDecided, (state, { report }): ReviewState => ({
      busy: { ...state.busy, [report.id]: false },
      outcome: {
        ...state.outcome,
        [report.id]: { key: report.state === 'approved' ? 'review.approved' : 'review.returned', params: {} },
      },
    })),
    on(ReviewApiActions.reportDecisionFailed, (state, { reportId, message }): ReviewState => ({
      busy: { ...state.busy, [reportId]: false },
      outcome: { ...state.outcome, [reportId]: message },
    })),
  ),
});
