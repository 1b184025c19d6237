import { FieldErrors } from '../../domain/validation';
import { Message } from '../../shared/ui/message';

/** What a feature's pages know of their last save: under way, done (counted), or refused and why. */
export interface WriteOutcome {
  saving: boolean;
  /** Counts successful saves, so a page can tell that its own save went through. */
  saves: number;
  message: Message | null;
  fieldErrors: FieldErrors;
  /** The refused write of several (an import's row), or null. */
  failedIndex: number | null;
}

export const INITIAL_WRITE_OUTCOME: WriteOutcome = {
  saving: false,
  saves: 0,
  message: null,
  fieldErrors: {},
  failedIndex: null,
};

/** The failure a feature's API reports (see `WriteService.failureOf`). */
export interface WriteFailure {
  message: Message;
  fieldErrors: FieldErrors;
  index: number | null;
}

/**
 * How a feature's save outcome moves, for its reducer's `on(...)`s: a page opened (an earlier
 * outcome is forgotten, not the count), a save asked for, saved, refused.
 */
export const writeOutcome = {
  opened: (state: WriteOutcome): WriteOutcome => ({ ...INITIAL_WRITE_OUTCOME, saves: state.saves }),
  requested: (state: WriteOutcome): WriteOutcome => ({
    ...state,
    saving: true,
    message: null,
    fieldErrors: {},
    failedIndex: null,
  }),
  saved: (state: WriteOutcome): WriteOutcome => ({ ...INITIAL_WRITE_OUTCOME, saves: state.saves + 1 }),
  failed: (state: WriteOutcome, { message, fieldErrors, index }: WriteFailure): WriteOutcome => ({
    ...state,
    saving: false,
    message,
    fieldErrors,
    failedIndex: index,
  }),
};
