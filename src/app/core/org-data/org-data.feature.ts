import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { ENTITY_KINDS, EntityKind, EntityMap, Id, Stamped } from '../../domain/model';
import { PlanSummary } from '../../domain/plan-summary';
import { OrgDataApiActions, OrgDataPageActions } from './org-data.actions';
import {
  asked,
  QueryAsk,
  RecordQuery,
  released,
  sameQueries,
  summariesOf,
  watchedFor,
} from './record-queries';

/**
 * The signed-in organisation's records, kept current by live queries on the backend.
 * Features join them in memoised selectors.
 */
export type Collections = { [K in EntityKind]: EntityState<EntityMap[K]> };

export interface OrgDataState extends Collections {
  loaded: Partial<Record<EntityKind, boolean>>;
  /**
   * The queries pages asked for (one plan's reports of a period, a department's, a plan's
   * indicators, a period's summaries …), with how many pages shown now use each; a few no page uses
   * stay for a quick return.
   */
  asks: QueryAsk[];
  /** What is watched: the queries asked for, but none that another covers. */
  queries: RecordQuery[];
  /** The record queries whose records have arrived. */
  queriesLoaded: RecordQuery[];
  /** The plans' summaries of the periods dashboards show. */
  summaries: EntityState<PlanSummary>;
  /** The periods whose summaries have arrived. */
  summariesLoadedFor: Id[];
  error: string | null;
}

/**
 * What every page needs before it can show anything, read in full: the plans' structure and the
 * periods. Everything else (reports, indicators, activities, Kolada values, summaries) is read by
 * query, as the pages shown ask for it (`loadFor`).
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

const adapter = createEntityAdapter<Stamped>();
const summaryAdapter = createEntityAdapter<PlanSummary>();

const initialState: OrgDataState = {
  ...(Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, adapter.getInitialState()]),
  ) as unknown as Collections),
  loaded: {},
  asks: [],
  queries: [],
  queriesLoaded: [],
  summaries: summaryAdapter.getInitialState(),
  summariesLoadedFor: [],
  error: null,
};

const { selectAll } = adapter.getSelectors();

/** The state with these asks, and what they watch (the same array while that does not change). */
function withAsks(state: OrgDataState, asks: QueryAsk[]): OrgDataState {
  const watched = watchedFor(asks);
  return { ...state, asks, queries: sameQueries(watched, state.queries) ? state.queries : watched };
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
    on(OrgDataPageActions.recordsNeeded, (state, { queries }): OrgDataState =>
      withAsks(state, asked(state.asks, queries)),
    ),
    on(OrgDataPageActions.recordsReleased, (state, { queries }): OrgDataState =>
      withAsks(state, released(state.asks, queries)),
    ),
    on(OrgDataApiActions.recordsLoaded, (state, { kind, records, loaded }): OrgDataState => ({
      ...state,
      [kind]: adapter.setAll(records, state[kind] as EntityState<Stamped>),
      queriesLoaded: loaded,
    })),
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
    // The open pages ask again for what they show (`loadFor`): the next person's records follow.
    on(OrgDataApiActions.cleared, (): OrgDataState => initialState),
  ),
  extraSelectors: (base) => {
    const selectAllOf = <K extends EntityKind>(kind: K) =>
      createSelector(
        base[`select${kind[0].toUpperCase()}${kind.slice(1)}` as 'selectPlans'] as unknown as (
          state: object,
        ) => EntityState<EntityMap[K]>,
        (collection) => selectAll(collection as unknown as EntityState<Stamped>) as unknown as EntityMap[K][],
      );
    /** The periods whose summaries are watched. */
    const selectSummaryPeriodIds = createSelector(base.selectQueries, (queries) =>
      queries.flatMap((q) => (q.kind === 'summaries' ? [q.periodId] : [])).sort(),
    );
    /** Every query whose records (or summaries) have arrived. */
    const selectLoadedQueries = createSelector(
      base.selectQueriesLoaded,
      base.selectSummariesLoadedFor,
      (records, periodIds): RecordQuery[] => [...records, ...summariesOf(periodIds)],
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
      selectSummaryPeriodIds,
      selectLoadedQueries,
    };
  },
});
