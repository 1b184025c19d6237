import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WriteFailure } from '../../core/writes/write-outcome';
import { Id } from '../../domain/model';
import { Notice, NoticeSettings } from '../../domain/notices';

/** What a person does with their notices and their choices. */
export const NoticesPageActions = createActionGroup({
  source: 'Notices Page',
  events: {
    'Marked Read': props<{ ids: Id[] }>(),
    'Settings Opened': emptyProps(),
    'Settings Saved': props<{ choices: Pick<NoticeSettings, 'language' | 'digest' | 'reminders'> }>(),
  },
});

/** What the port says. */
export const NoticesApiActions = createActionGroup({
  source: 'Notices API',
  events: {
    'Notices Changed': props<{ notices: Notice[] }>(),
    'Settings Changed': props<{ settings: NoticeSettings | null }>(),
    'Notices Marked Read': emptyProps(),
    'Settings Save Succeeded': emptyProps(),
    Failed: props<WriteFailure>(),
  },
});
