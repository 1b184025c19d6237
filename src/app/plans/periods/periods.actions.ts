import { createActionGroup, props } from '@ngrx/store';
import { Period } from '../../domain/model';
import { PeriodAction } from '../../domain/periods';
import { Message } from '../../shared/ui/message';

export const PeriodsPageActions = createActionGroup({
  source: 'Periods Page',
  events: {
    'Standard Year Requested': props<{ year: number }>(),
    'State Change Confirmed': props<{ period: Period; action: PeriodAction }>(),
    'Deadline Changed': props<{ period: Period; deadline: string }>(),
  },
});

export const PeriodsApiActions = createActionGroup({
  source: 'Periods API',
  events: {
    'Periods Created': props<{ year: number; count: number }>(),
    'Period Saved': props<{ period: Period; message: Message }>(),
    'Period Change Failed': props<{ message: Message }>(),
  },
});
