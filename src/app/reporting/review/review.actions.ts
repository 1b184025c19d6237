import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Report } from '../../domain/model';
import { Message } from '../../shared/ui/message';

export const ReviewPageActions = createActionGroup({
  source: 'Review Page',
  events: {
    /** The review page opened: its queue is watched until it is left. */
    Opened: emptyProps(),
    Left: emptyProps(),
    /** "Show more": the next page of the queue. */
    'More Requested': emptyProps(),
    /** `title`: the goal's or activity's, for the confirmation. */
    'Approve Clicked': props<{ report: Report; title: string }>(),
    'Return Clicked': props<{ report: Report; title: string; comment: string }>(),
  },
});

export const ReviewApiActions = createActionGroup({
  source: 'Review API',
  events: {
    /** The first `limit` submitted reports of the open periods (`periodsKey`: their ids, '' for none). */
    'Queue Loaded': props<{ periodsKey: string; reports: Report[] }>(),
    'Queue Load Failed': props<{ message: Message }>(),
    'Report Decided': props<{ report: Report; title: string }>(),
    'Report Decision Failed': props<{ reportId: string; message: Message }>(),
  },
});
