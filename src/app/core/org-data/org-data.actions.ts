import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { EntityKind, EntityMap, Id, Report } from '../../domain/model';
import { PlanSummary } from '../../domain/plan-summary';
import { ReportQuery } from './report-queries';

export const OrgDataApiActions = createActionGroup({
  source: 'Org Data API',
  events: {
    /** A live query delivered the current contents of one collection. */
    'Collection Loaded': props<{ kind: EntityKind; records: EntityMap[EntityKind][] }>(),
    /** The report queries' live results, merged (a report can match more than one query). */
    'Reports Loaded': props<{ queries: ReportQuery[]; records: Report[] }>(),
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
     * A page shows these reports (one plan's of a period, a department's, a goal's): watch them from
     * now on. Until a page asks, no report is read — the overview and the review queue work from the
     * summaries.
     */
    'Reports Needed': props<{ queries: ReportQuery[] }>(),
    /** A page no longer shows these reports (it was left, or shows others now). */
    'Reports Released': props<{ queries: ReportQuery[] }>(),
    /** A dashboard shows these periods' figures (it reads the plans' summaries, not the reports). */
    'Summaries Needed': props<{ periodIds: Id[] }>(),
  },
});
