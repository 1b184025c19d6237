import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { EntityKind, EntityMap, Id } from '../../domain/model';
import { PlanSummary } from '../../domain/plan-summary';
import { QueriedKind, RecordQuery } from './record-queries';

export const OrgDataApiActions = createActionGroup({
  source: 'Org Data API',
  events: {
    /** A live query delivered the current contents of one collection. */
    'Collection Loaded': props<{ kind: EntityKind; records: EntityMap[EntityKind][] }>(),
    /**
     * The live results of one collection's queries, merged (a report can match more than one), and
     * every query (of any collection) that has delivered.
     */
    'Records Loaded': props<{
      kind: QueriedKind;
      records: EntityMap[QueriedKind][];
      loaded: RecordQuery[];
    }>(),
    'Collection Load Failed': props<{ kind: EntityKind; error: string }>(),
    /** The plans' summaries of these periods arrived (again, after a change). */
    'Summaries Loaded': props<{ periodIds: Id[]; summaries: PlanSummary[] }>(),
    'Summaries Load Failed': props<{ error: string }>(),
    Cleared: emptyProps(),
  },
});

export const OrgDataPageActions = createActionGroup({
  source: 'Org Data (pages)',
  events: {
    /**
     * A page shows these records (one plan's reports of a period, a department's, a plan's
     * indicators …): watch them from now on. Until a page asks, none is read — the overview and the
     * review queue work from the summaries.
     */
    'Records Needed': props<{ queries: RecordQuery[] }>(),
    /** A page no longer shows these records (it was left, or shows others now). */
    'Records Released': props<{ queries: RecordQuery[] }>(),
  },
});
