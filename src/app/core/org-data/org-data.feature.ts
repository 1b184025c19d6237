import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { ENTITY_KINDS, EntityKind, EntityMap, Id, Stamped } from '../../domain/model';
import { PlanSummary } from '../../domain/plan-summary';
import { OrgDataApiActions, OrgDataPageActions } from './org-data.actions';

/**
 * The signed-in organisation's records, kept current by live queries on the backend.
 * Features join them in memoised selectors.
 */
export type Collections = { [K in EntityKind]: EntityState<EntityMap[K]> };

export interface OrgDataState extends Collections {
  loaded: Partial<Record<EntityKind, boolean>>;
  /** Which periods' reports are loaded: none until a page asks (default), the recent ones, or all. */
  reportScope: 'none' | 'recent' | 'all';
  /** The plans' summaries of the periods a dashboard shows. */
  summaries: EntityState<PlanSummary>;
  /** The periods whose summaries are wanted, and those whose summaries have arrived. */
  summaryPeriodIds: Id[];
  summariesLoadedFor: Id[];
  error: string | null;
}

/** What every dashboard needs before it can show anything: the plans' structure and the periods. */
export const STRUCTURE_KINDS = [
  // Periods first: the recent periods' reports (the largest read) can start only once they are in.
  'periods',
  'departments',
  'members',
  'plans',
  'focusAreas',
  'goals',
] as const satisfies readonly EntityKind[];

/**
 * What the overview and the status report need. They are loaded first; the large collections a
 * dashboard does not need (a region has 40 000 indicators) follow once these have arrived.
 */
export const DASHBOARD_KINDS = [...STRUCTURE_KINDS, 'reports'] as const satisfies readonly EntityKind[];

const adapter = createEntityAdapter<Stamped>();
const summaryAdapter = createEntityAdapter<PlanSummary>();

const initialState: OrgDataState = {
  ...(Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, adapter.getInitialState()]),
  ) as unknown as Collections),
  loaded: {},
  reportScope: 'none',
  summaries: summaryAdapter.getInitialState(),
  summaryPeriodIds: [],
  summariesLoadedFor: [],
  error: null,
};

const sameIds = (a: readonly Id[], b: readonly Id[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

const { selectAll } = adapter.getSelectors();

export const orgDataFeature = createFeature({
  name: 'orgData',
  reducer: createReducer(
    initialState,
    on(OrgDataApiActions.collectionLoaded, (state, { kind, records }): OrgDataState => ({
      ...state,
      [kind]: adapter.setAll(records, state[kind] as EntityState<Stamped>),
      loaded: { ...state.loaded, [kind]: true },
    })),
    on(OrgDataPageActions.reportsNeeded, (state): OrgDataState =>
      state.reportScope === 'none'
        ? { ...state, reportScope: 'recent', loaded: { ...state.loaded, reports: false } }
        : state,
    ),
    on(OrgDataPageActions.reportHistoryNeeded, (state): OrgDataState =>
      state.reportScope === 'all'
        ? state
        : { ...state, reportScope: 'all', loaded: { ...state.loaded, reports: false } },
    ),
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
      /**
       * Whether every collection has arrived at least once — reports only once a page has asked for
       * them (`loadReportsFor`).
       */
      selectReady: createSelector(base.selectLoaded, base.selectReportScope, (loaded, scope) =>
        ENTITY_KINDS.every((k) => loaded[k] || (k === 'reports' && scope === 'none')),
      ),
      /**
       * Whether what the open page asked for first has arrived: the plans' structure, the reports if
       * a page asked for them, the summaries if a dashboard did. The large collections wait for it,
       * so that they do not compete with the page being opened.
       */
      selectFirstPageReady: createSelector(
        base.selectLoaded,
        base.selectReportScope,
        base.selectSummaryPeriodIds,
        base.selectSummariesLoadedFor,
        (loaded, scope, wanted, arrived) =>
          STRUCTURE_KINDS.every((k) => loaded[k]) &&
          (scope === 'none' || !!loaded.reports) &&
          wanted.every((id) => arrived.includes(id)),
      ),
      /** Whether the collections a dashboard needs (not indicators, activities, measurements) have arrived. */
      selectDashboardReady: createSelector(base.selectLoaded, (loaded) =>
        DASHBOARD_KINDS.every((k) => loaded[k]),
      ),
    };
  },
});
