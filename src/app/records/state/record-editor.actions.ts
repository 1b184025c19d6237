import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WriteFailure } from '../../core/writes/write-outcome';
import { Id } from '../../domain/model';
import { Message } from '../../shared/ui/message';
import { EditableKind } from '../entity-form';

export const RecordEditorPageActions = createActionGroup({
  source: 'Record Editor Page',
  events: {
    Opened: emptyProps(),
    /**
     * A checked form: a new record (no `id`) or a change to one read at `expectedVersion`, with its
     * title for what is said afterwards and the page to go back to (`:created` for a new one).
     */
    'Record Saved': props<{
      kind: EditableKind;
      id: Id | null;
      expectedVersion: number;
      record: Record<string, unknown>;
      title: string;
      backUrl: string;
    }>(),
  },
});

export const RecordWritesApiActions = createActionGroup({
  source: 'Record Writes API',
  events: {
    Saved: props<{ success: Message; doneUrl: string | null }>(),
    Failed: props<WriteFailure>(),
  },
});
