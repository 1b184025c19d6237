import { createSelector } from '@ngrx/store';
import { FocusArea, Goal, GoalStatus, Plan } from '../domain/model';
import { factsFromSummaries } from '../domain/plan-summary';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectDepartmentsById } from '../core/org-data/org-data.selectors';

export interface GoalNode {
  goal: Goal;
  leadName: string;
  status: GoalStatus;
}
export interface PlanNode {
  plan: Plan;
  areas: { area: FocusArea; goals: GoalNode[] }[];
  goalCount: number;
}

/**
 * Every readable plan as a tree of focus areas and goals, with each goal's status in the current
 * period (from the summaries: the page asks for them with `summariesFor`).
 */
export const selectPlanTree = createSelector(
  orgDataFeature.selectAllPlans,
  orgDataFeature.selectAllFocusAreas,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllSummaries,
  selectCurrentPeriod,
  selectDepartmentsById,
  (plans, areas, goals, summaries, period, departments): PlanNode[] => {
    // From the plans' summaries (one document per plan), not from the reports.
    const lead = period ? factsFromSummaries(period.id, summaries).lead : new Map();
    return [...plans]
      .sort((a, b) => a.title.localeCompare(b.title, 'sv'))
      .map((plan) => {
        const planGoals = goals.filter((g) => g.planId === plan.id);
        return {
          plan,
          areas: areas
            .filter((a) => a.planId === plan.id)
            .sort((a, b) => a.order - b.order)
            .map((area) => ({
              area,
              goals: planGoals
                .filter((g) => g.focusAreaId === area.id)
                .sort((a, b) => a.order - b.order)
                .map((goal) => ({
                  goal,
                  leadName: departments.get(goal.leadDepartmentId)?.name ?? '',
                  status: lead.get(goal.id)?.status ?? 'not-reported',
                })),
            })),
          goalCount: planGoals.length,
        };
      });
  },
);
