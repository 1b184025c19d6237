import { createSelector } from '@ngrx/store';
import { Activity, Department, FocusArea, Goal, Id, Period, Plan, Report } from '../../domain/model';
import { daysUntil } from '../../domain/dates';
import { planIsActiveIn, responsibleDepartments } from '../../domain/status';
import { orgDataFeature } from './org-data.feature';
import { selectDepartmentsById, selectOpenPeriods } from './org-data.selectors';
import { sessionFeature } from '../session/session.feature';
import { eachOf, RecordQuery, reportsWhere } from './record-queries';

export interface WorkItem {
  goal: Goal;
  /** Set when the item is an activity under the goal. */
  activity: Activity | null;
  department: Department;
  role: 'lead' | 'contributing' | 'activity';
  report: Report | null;
}

export interface WorkGroup {
  /** The open period the work is due in (several can be open at once). */
  period: Period;
  plan: Plan;
  areas: { area: FocusArea; items: WorkItem[] }[];
}

/** The signed-in person's departments. */
export const selectMyDepartments = createSelector(
  sessionFeature.selectMember,
  selectDepartmentsById,
  (member, byId) =>
    (member?.departmentIds ?? []).map((id) => byId.get(id)).filter((d): d is Department => !!d),
);

/**
 * What "Min rapportering" and its badge show: each of the person's departments' reports in every
 * open period, and the activities they are responsible for (null until the periods have arrived).
 */
export const selectMyRecordQueries = createSelector(
  selectMyDepartments,
  selectOpenPeriods,
  orgDataFeature.selectStructureReady,
  (departments, periods, ready): RecordQuery[] | null => {
    if (!ready) return null;
    if (periods.length === 0) return [];
    const ids = departments.map((d) => d.id);
    return [
      ...periods.flatMap((period) => eachOf('departmentId', ids, { periodId: period.id }).map(reportsWhere)),
      ...ids.map((responsibleDepartmentId): RecordQuery => ({ kind: 'activities', responsibleDepartmentId })),
    ];
  },
);

/**
 * What the signed-in person must report in the open periods: every goal of an active plan where
 * one of their departments is lead or contributing, grouped by period (the earliest deadline
 * first), plan and focus area.
 */
export const selectMyWork = createSelector(
  selectMyDepartments,
  selectOpenPeriods,
  orgDataFeature.selectAllPlans,
  orgDataFeature.selectAllFocusAreas,
  orgDataFeature.selectAllGoals,
  orgDataFeature.selectAllActivities,
  orgDataFeature.selectAllReports,
  (departments, periods, plans, areas, goals, activities, reports): WorkGroup[] =>
    periods.flatMap((period) => workIn(period, departments, plans, areas, goals, activities, reports)),
);

function workIn(
  period: Period,
  departments: readonly Department[],
  plans: readonly Plan[],
  areas: readonly FocusArea[],
  goals: readonly Goal[],
  activities: readonly Activity[],
  reports: readonly Report[],
): WorkGroup[] {
  if (departments.length === 0) return [];
  const mine = new Set(departments.map((d) => d.id));
  const reportByKey = new Map<string, Report>();
  for (const r of reports) {
    if (r.periodId === period.id) reportByKey.set(`${r.subjectType}|${r.subjectId}|${r.departmentId}`, r);
  }
  const departmentById = new Map<Id, Department>(departments.map((d) => [d.id, d]));
  const groups: WorkGroup[] = [];
  for (const plan of plans
    .filter((p) => planIsActiveIn(p, period))
    .sort((a, b) => a.title.localeCompare(b.title, 'sv'))) {
    const planAreas = areas.filter((a) => a.planId === plan.id).sort((a, b) => a.order - b.order);
    const group: WorkGroup = { period, plan, areas: [] };
    for (const area of planAreas) {
      const items: WorkItem[] = [];
      for (const goal of goals
        .filter((g) => g.planId === plan.id && g.focusAreaId === area.id)
        .sort((a, b) => a.order - b.order)) {
        for (const departmentId of responsibleDepartments(goal)) {
          if (!mine.has(departmentId)) continue;
          items.push({
            goal,
            activity: null,
            department: departmentById.get(departmentId)!,
            role: departmentId === goal.leadDepartmentId ? 'lead' : 'contributing',
            report: reportByKey.get(`goal|${goal.id}|${departmentId}`) ?? null,
          });
        }
        for (const activity of activities) {
          if (activity.goalId !== goal.id || !mine.has(activity.responsibleDepartmentId)) continue;
          items.push({
            goal,
            activity,
            department: departmentById.get(activity.responsibleDepartmentId)!,
            role: 'activity',
            report: reportByKey.get(`activity|${activity.id}|${activity.responsibleDepartmentId}`) ?? null,
          });
        }
      }
      if (items.length > 0) group.areas.push({ area, items });
    }
    if (group.areas.length > 0) groups.push(group);
  }
  return groups;
}

/**
 * The open period "Min rapportering" shows first: the earliest deadline with something still to
 * do, else the earliest deadline (`periods` as `selectOpenPeriods` orders them).
 */
export function periodWithWorkDue(periods: readonly Period[], groups: readonly WorkGroup[]): Period | null {
  const due = periods.find((period) =>
    groups.some((g) => g.period.id === period.id && g.areas.some((a) => a.items.some(isTodo))),
  );
  return due ?? periods[0] ?? null;
}

/** Items still to do: not started, draft or returned. */
export function isTodo(item: WorkItem): boolean {
  return !item.report || item.report.state === 'draft' || item.report.state === 'returned';
}

/** What needs doing first: a returned report, then one not started, a draft, then what waits on others. */
const PRIORITY: Record<Report['state'] | 'none', number> = {
  returned: 0,
  none: 1,
  draft: 2,
  submitted: 3,
  approved: 4,
};

/** The items with what needs doing first; in the same state they keep their order (plan, area, goal). */
export function byWhatNeedsDoing<T extends Pick<WorkItem, 'report'>>(items: readonly T[]): T[] {
  const rank = (item: T) => PRIORITY[item.report?.state ?? 'none'];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

/** How long before a deadline reminders start. */
export const REMINDER_DAYS = 14;

/**
 * The signed-in person's reminders: items still to do in each open period whose deadline is
 * within 14 days or has passed.
 */
export const selectMyReminderCount = createSelector(
  selectMyWork,
  (groups) =>
    groups
      .filter((g) => daysUntil(new Date(), g.period.deadline) <= REMINDER_DAYS)
      .flatMap((g) => g.areas.flatMap((a) => a.items))
      .filter(isTodo).length,
);
