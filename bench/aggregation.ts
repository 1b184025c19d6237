import { buildOverview, buildOverviewFromFacts } from '../src/app/dashboard/overview';
import { factsFromSummaries, PlanSummary, summariesOf } from '../src/app/domain/plan-summary';
import { groupBy } from '../src/app/domain/group-by';
import { Report } from '../src/app/domain/model';
import { buildRegion, REGION } from './synthetic';

// The app gets its records from IndexedDB, i.e. as structured clones; so does the benchmark
// (objects built with spreads, as the generator does, are slower to read and would mislead).
const region = structuredClone(buildRegion());
const [previous, period] = region.periods.slice(-2);

/** Grouping a region's reports by period (what the overview did on each change before summaries). */
const byPeriod = (reports: readonly Report[]) => groupBy(reports, (r) => r.periodId);

function median(run: () => void, runs = 31): { median: number; min: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  // The first five runs warm up the JIT; the median of the rest is the figure.
  const steady = times.slice(5).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    median: round(steady[Math.floor(steady.length / 2)]),
    min: round(steady[0]),
    max: round(steady.at(-1)!),
  };
}

let groups = byPeriod(region.reports);
const indexing = median(() => (groups = byPeriod(region.reports)));
/** What the overview is built for, whichever way its reports arrive. */
const view = {
  period,
  previous,
  plans: region.plans,
  areas: region.focusAreas,
  goals: region.goals,
  departments: region.departments,
};
const twoPeriods = () => [...groups.get(period.id)!, ...groups.get(previous.id)!];
let plans = 0;
const overview = median(() => {
  plans = buildOverview({ ...view, reports: twoPeriods() }).plans.length;
});
// What the overview does now: the two periods' plan summaries (kept by the server on Firebase,
// computed from the reports by the embedded backend) and the figures from them.
let summaries: PlanSummary[] = [];
const summarising = median(() => (summaries = summariesOf(region.organisation.id, twoPeriods(), '')));
const fromSummaries = median(() => {
  buildOverviewFromFacts({
    ...view,
    current: factsFromSummaries(period.id, summaries),
    before: factsFromSummaries(previous.id, summaries),
  });
});
console.log(
  JSON.stringify({
    summariesOfTwoPeriodsMs: summarising,
    overviewFromSummariesMs: fromSummaries,
    summaries: summaries.length,
    goals: region.goals.length,
    indicators: region.indicators.length,
    reports: region.reports.length,
    periods: REGION.periods,
    overviewMs: overview,
    indexByPeriodMs: indexing,
    plansInOverview: plans,
  }),
);
