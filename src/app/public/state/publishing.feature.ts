import { createFeature, createReducer, on } from '@ngrx/store';
import { INITIAL_WRITE_OUTCOME, WriteOutcome, writeOutcome } from '../../core/writes/write-outcome';
import { PublishingApiActions, PublishPageActions } from './publishing.actions';

export interface PublishingState extends WriteOutcome {
  /** What the last publishing or taking down did, for the page to say (null before any). */
  done: { kind: 'published'; version: number } | { kind: 'unpublished' } | null;
}

const initialState: PublishingState = { ...INITIAL_WRITE_OUTCOME, done: null };

/** The outcome of publishing on the publish page. */
export const publishingFeature = createFeature({
  name: 'publishing',
  reducer: createReducer(
    initialState,
    on(PublishPageActions.opened, (state): PublishingState => ({
      ...writeOutcome.opened(state),
      done: null,
    })),
    on(
      PublishPageActions.publishConfirmed,
      PublishPageActions.unpublishConfirmed,
      (state): PublishingState => ({
        ...writeOutcome.requested(state),
        done: null,
      }),
    ),
    on(PublishingApiActions.published, (state, { version }): PublishingState => ({
      ...writeOutcome.saved(state),
      done: { kind: 'published' as const, version },
    })),
    on(PublishingApiActions.unpublished, (state): PublishingState => ({
      ...writeOutcome.saved(state),
      done: { kind: 'unpublished' as const },
    })),
    on(PublishingApiActions.failed, (state, failure): PublishingState => ({
      ...writeOutcome.failed(state, failure),
      done: null,
    })),
  ),
});
