import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { EntityKind, EntityMap } from '../../domain/model';

export const OrgDataApiActions = createActionGroup({
  source: 'Org Data API',
  events: {
    /** A live query delivered the current contents of one collection. */
    'Collection Loaded': props<{ kind: EntityKind; records: EntityMap[EntityKind][] }>(),
    'Collection Load Failed': props<{ kind: EntityKind; error: string }>(),
    Cleared: emptyProps(),
  },
});
