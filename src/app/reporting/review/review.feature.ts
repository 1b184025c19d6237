import { createFeature, createReducer, on } from '@ngrx/store';
import { Report } from '../../domain/model';
import { REVIEW_PAGE } from '../../domain/review-queue';
import { Message } from '../../shared/ui/message';
import { ReviewApiActions, ReviewPageActions } from './review.actions';

export interface ReviewState {
  /** Reports with a decision on its way. */
  busy: Record<string, boolean>;
  /** The latest outcome per report, for the live region. */
  outcome: Record<string, Message>;
  /** How many of the queue are asked for: a page more on every "show more". */
  limit: number;
  /** The oldest submitted reports, at most `limit`. */
  queue: Report[];
  /** The open periods the queue was loaded for (`periodsKey`; undefined: not loaded yet). */
  queueFor: string | undefined;
  queueError: Message | null;
}

const initialState: ReviewState = {
  busy: {},
  outcome: {},
  limit: REVIEW_PAGE,
  queue: [],
  queueFor: undefined,
  queueError: null,
};

export const reviewFeature = createFeature({
  name: 'review',
  reducer: createReducer(
    initialState,
    on(ReviewPageActions.opened, (): ReviewState => initialState),
    on(ReviewPageActions.moreRequested, (state): ReviewState => ({
      ...state,
      limit: state.limit + REVIEW_PAGE,
    })),
    on(ReviewApiActions.queueLoaded, (state, { periodsKey, reports }): ReviewState => ({
      ...state,
      queue: reports,
      queueFor: periodsKey,
      queueError: null,
    })),
    on(ReviewApiActions.queueLoadFailed, (state, { message }): ReviewState => ({
      ...state,
      queueError: message,
    })),
    on(
      ReviewPageActions.approveClicked,
      ReviewPageActions.returnClicked,
      (state, { report }): ReviewState => ({ ...state, busy: { ...state.busy, [report.id]: true } }),
    ),
    on(ReviewApiActions.reportDecided, (state, { report, title }): ReviewState => ({
      ...state,
      busy: { ...state.busy, [report.id]: false },
      outcome: {
        ...state.outcome,
        [report.id]: {
          key: report.state === 'approved' ? 'review.approved' : 'review.returned',
          params: { title },
        },
      },
    })),
    on(ReviewApiActions.reportDecisionFailed, (state, { reportId, message }): ReviewState => ({
      ...state,
      busy: { ...state.busy, [reportId]: false },
      outcome: { ...state.outcome, [reportId]: message },
    })),
  ),
});
