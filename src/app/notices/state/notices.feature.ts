import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { INITIAL_WRITE_OUTCOME, WriteOutcome, writeOutcome } from '../../core/writes/write-outcome';
import { Notice, NoticeSettings, unreadCount } from '../../domain/notices';
import { NoticesApiActions, NoticesPageActions } from './notices.actions';

export interface NoticesState extends WriteOutcome {
  /** The signed-in person's notices, newest first (empty when signed out). */
  notices: Notice[];
  /** Whether they have arrived since the app started. */
  loaded: boolean;
  settings: NoticeSettings | null;
}

const initialState: NoticesState = { ...INITIAL_WRITE_OUTCOME, notices: [], loaded: false, settings: null };

/** The signed-in person's notices, for the toolbar's count and the notices page, and their choices. */
export const noticesFeature = createFeature({
  name: 'notices',
  reducer: createReducer(
    initialState,
    on(NoticesApiActions.noticesChanged, (state, { notices }): NoticesState => ({
      ...state,
      notices,
      loaded: true,
    })),
    on(NoticesApiActions.settingsChanged, (state, { settings }): NoticesState => ({ ...state, settings })),
    on(NoticesPageActions.settingsOpened, (state): NoticesState => ({
      ...state,
      ...writeOutcome.opened(state),
    })),
    on(NoticesPageActions.settingsSaved, (state): NoticesState => ({
      ...state,
      ...writeOutcome.requested(state),
    })),
    on(NoticesApiActions.settingsSaveSucceeded, (state): NoticesState => ({
      ...state,
      ...writeOutcome.saved(state),
    })),
    on(NoticesApiActions.failed, (state, failure): NoticesState => ({
      ...state,
      ...writeOutcome.failed(state, failure),
    })),
  ),
  extraSelectors: ({ selectNotices }) => ({
    selectUnread: createSelector(selectNotices, (notices) => unreadCount(notices)),
  }),
});
