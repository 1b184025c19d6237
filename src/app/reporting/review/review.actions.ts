import { createActionGroup, props } from '@ngrx/store';
import { Report } from '../../domain/model';
import { Message } from '../../shared/ui/error-message';

export const ReviewPageActions = createActionGroup({
  source: 'Review Page',
  events: {
    'Approve Clicked': props<{ report: Report }>(),
    'Return Clicked': props<{ report: Report; comment: string }>(),
  },
});

export const ReviewApiActions = createActionGroup({
  source: 'Review API',
  events: {
    'Report Decided': props<{ report: Report }>(),
    'Report Decision Failed': props<{ reportId: string; message: Message }>(),
  },
});
