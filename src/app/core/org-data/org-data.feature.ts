import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { ENTITY_KINDS, EntityKind, EntityMap, Id, Stamped } from '../../domain/model';
import { PlanSummary } from '../../domain/plan-summary';
import { OrgDataApiActions, OrgDataPageActions } from './org-data.actions';
import { asked, isLoaded, released, ReportAsk, ReportQuery, sameQueries, watchedFor } from './report-queries';

/**
 * The signed-in organisation's records, kept current by live queries on the backend.
 * Features join them in memoised selectors.
 */
export type Collections = { [K in EntityKind]: EntityState<EntityMap[K]> };

export interface OrgDataState extends Collections {
  loaded: Partial<Record<EntityKind, boolean>>;
  /**
   * The report queries pages asked for (one plan's reports of a period, a department's, a goal's),
   * with how many pages shown now use each; a few no page uses stay for a quick return.
   */
  reportAsks: ReportAsk[];
  /** Which reports are watched: the queries asked for, but none that another covers. */
  reportQueries: ReportQuery[];
  /** The report queries whose reports have arrived. */
  reportQueriesLoaded: ReportQuery[];
  /** The plans' summaries of the periods a dashboard shows. */
  summaries: EntityState<PlanSummary>;
  /** The periods whose summaries are wanted, and those whose summaries have arrived. */
  summaryPeriodIds: Id[];
  summariesLoadedFor: Id[];
  error: string | null;
}

/**
 * What every page needs before it can show anything: the plans' structure and the periods. They are
 * loaded first; the large collections a page may not need (a region has 40 000 indicators) follow
 * once these, and what the open page asked for, have arrived.
 */
export const STRUCTURE_KINDS = [
  // Periods first: the pages' report queries name periods, so they can start only once these are in.
  'periods',
  'departments',
  'members',
  'plans',
  'focusAreas',
  'goals',
] as const satisfies readonly EntityKind[];

/**
 * What follows the structure: everything but the reports, which pages ask for by query. These are the
 * large collections (indicators, activities, Kolada values) that pages show after their goals.
 */
export const LARGE_KINDS = ENTITY_KINDS.filter(
  (kind) => kind !== 'reports' && !(STRUCTURE_KINDS as readonly EntityKind[]).includes(kind),
);

const adapter = createEntityAdapter<Stamped>();
const summaryAdapter = createEntityAdapter<PlanSummary>();

const initialState: OrgDataState = {
  ...(Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, adapter.getInitialState()]),
  ) as unknown as Collections),
  loaded: {},
  reportAsks: [],
  reportQueries: [],
  reportQueriesLoaded: [],
  summaries: summaryAdapter.getInitialState(),
  summaryPeriodIds: [],
  summariesLoadedFor: [],
  error: null,
};

const sameIds = (a: readonly Id[], b: readonly Id[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

const { selectAll } = adapter.getSelectors();

/** The state with these asks, and what they watch (the same array while that does not change). */
function withAsks(state: OrgDataState, reportAsks: ReportAsk[]): OrgDataState {
  const watched = watchedFor(reportAsks);
  return {
    ...state,
    reportAsks,
    reportQueries: sameQueries(watched, state.reportQueries) ? state.reportQueries : watched,
  };
}

export const orgDataFeature = createFeature({
  name: 'orgData',
  reducer: createReducer(
    initialState,
    on(OrgDataApiActions.collectionLoaded, (state, { kind, records }): OrgDataState => ({
      ...state,
      [kind]: adapter.setAll(records, state[kind] as EntityState<Stamped>),
      loaded: { ...state.loaded, [kind]: true },
    })),
    on(OrgDataPageActions.reportsNeeded, (state, { queries }): OrgDataState =>
      withAsks(state, asked(state.reportAsks, queries)),
    ),
    on(OrgDataPageActions.reportsReleased, (state, { queries }): OrgDataState =>
      withAsks(state, released(state.reportAsks, queries)),
    ),
    on(OrgDataApiActions.reportsLoaded, (state, { queries, records }): OrgDataState => ({
      ...state,
      reports: adapter.setAll(records, state.reports as EntityState<Stamped>) as OrgDataState['reports'],
      reportQueriesLoaded: queries,
    })),
    on(OrgDataPageActions.summariesNeeded, (state, { periodIds }): OrgDataState => {
      const ids = [...new Set(periodIds)].sort();
      return sameIds(ids, state.summaryPeriodIds) ? state : { ...state, summaryPeriodIds: ids };
    }),
    on(OrgDataApiActions.summariesLoaded, (state, { periodIds, summaries }): OrgDataState => ({
      ...state,
      summaries: summaryAdapter.setAll(summaries, state.summaries),
      summariesLoadedFor: periodIds,
    })),
    on(
      OrgDataApiActions.collectionLoadFailed,
      OrgDataApiActions.summariesLoadFailed,
      (state, { error }): OrgDataState => ({ ...state, error }),
    ),
    // The periods the open dashboard wants stay wanted: the next person's summaries follow.
    on(OrgDataApiActions.cleared, (state): OrgDataState => ({
      ...initialState,
      summaryPeriodIds: state.summaryPeriodIds,
    })),
  ),
  extraSelectors: (base) => {
    const selectAllOf = <K extends EntityKind>(kind: K) =>
      createSelector(
        base[`select${kind[0].toUpperCase()}${kind.slice(1)}` as 'selectPlans'] as unknown as (
          state: object,
        ) => EntityState<EntityMap[K]>,
        (collection) => selectAll(collection as unknown as EntityState<Stamped>) as unknown as EntityMap[K][],
      );
    const selectReportsReady = createSelector(
      base.selectReportQueries,
      base.selectReportQueriesLoaded,
      (wanted, loaded) => wanted.every((query) => isLoaded(query, loaded)),
    );
    return {
      selectAllDepartments: selectAllOf('departments'),
      selectAllMembers: selectAllOf('members'),
      selectAllPlans: selectAllOf('plans'),
      selectAllFocusAreas: selectAllOf('focusAreas'),
      selectAllGoals: selectAllOf('goals'),
      selectAllIndicators: selectAllOf('indicators'),
      selectAllActivities: selectAllOf('activities'),
      selectAllMeasurements: selectAllOf('measurements'),
      selectAllPeriods: selectAllOf('periods'),
      selectAllReports: selectAllOf('reports'),
      selectAllSummaries: createSelector(base.selectSummaries, summaryAdapter.getSelectors().selectAll),
      /** Whether the plans' structure and the periods have arrived (what every dashboard needs first). */
      selectStructureReady: createSelector(base.selectLoaded, (loaded) =>
        STRUCTURE_KINDS.every((k) => loaded[k]),
      ),
      /** Whether the reports of every query a page asked for have arrived. */
      selectReportsReady,
      /** Whether indicators, activities and measurements have arrived (after the structure). */
      selectLargeCollectionsReady: createSelector(base.selectLoaded, (loaded) =>
        LARGE_KINDS.every((k) => loaded[k]),
      ),
      /** Whether every collection has arrived at least once (the reports pages asked for). */
      selectReady: createSelector(
        base.selectLoaded,
        selectReportsReady,
        (loaded, reports) => reports && ENTITY_KINDS.every((k) => k === 'reports' || loaded[k]),
      ),
      /**
       * Whether what the open page asked for first has arrived: the plans' structure, the reports
       * and the summaries it asked for. The large collections wait for it, so that they do not
       * compete with the page being opened.
       */
      selectFirstPageReady: createSelector(
        base.selectLoaded,
        selectReportsReady,
        base.selectSummaryPeriodIds,
        base.selectSummariesLoadedFor,
        (loaded, reports, wanted, arrived) =>
          STRUCTURE_KINDS.every((k) => loaded[k]) && reports && wanted.every((id) => arrived.includes(id)),
      ),
      /**
       * Whether what a dashboard needs (the structure and the reports it asked for, not indicators,
       * activities, measurements) has arrived.
       */
      selectDashboardReady: createSelector(
        base.selectLoaded,
        selectReportsReady,
        (loaded, reports) => reports && STRUCTURE_KINDS.every((k) => loaded[k]),
      ),
    };
  },
});
