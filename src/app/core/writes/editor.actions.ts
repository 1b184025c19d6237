import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WriteOp } from '../../data-access/backend';
import { FieldErrors } from '../../domain/validation';
import { Message } from '../../shared/ui/message';

export const EditorPageActions = createActionGroup({
  source: 'Editor Page',
  events: {
    /** A form or list opened: forget the outcome of an earlier save. */
    Opened: emptyProps(),
    /**
     * Writes to make as one (a single form save is one write; moves, reorders and imports are
     * several). `success` is said afterwards; `doneUrl`, when given, is where the person goes then.
     */
    'Writes Requested': props<{ writes: WriteOp[]; success: Message; doneUrl: string | null }>(),
  },
});

export const EditorApiActions = createActionGroup({
  source: 'Editor API',
  events: {
    'Writes Saved': props<{ success: Message; doneUrl: string | null }>(),
    /** Nothing was written; `index` is the refused write of several. */
    'Writes Failed': props<{ message: Message; fieldErrors: FieldErrors; index: number | null }>(),
  },
});
