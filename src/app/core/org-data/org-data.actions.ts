import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { EntityKind, EntityMap, Id } from '../../domain/model';
import { PlanSummary } from '../../domain/plan-summary';

export const OrgDataApiActions = createActionGroup({
  source: 'Org Data API',
  events: {
    /** A live query delivered the current contents of one collection. */
    'Collection Loaded': props<{ kind: EntityKind; records: EntityMap[EntityKind][] }>(),
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
     * A page shows more than the recent periods (a trend, an older period): load every period's
     * reports from now on. By default only the recent periods' reports are loaded.
     */
    'Report History Needed': emptyProps(),
    /**
     * A page shows reports (not only figures): load the recent periods' reports from now on. Until
     * a page asks, none are read — the overview and the review queue work from the summaries.
     */
    'Reports Needed': emptyProps(),
    /** A dashboard shows these periods' figures (it reads the plans' summaries, not the reports). */
    'Summaries Needed': props<{ periodIds: Id[] }>(),
  },
});
