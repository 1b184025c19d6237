import { computed, Signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { loadFor, loadReportsFor } from '../../core/org-data/load-for';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { selectDepartmentsById, selectPeriodsInOrder } from '../../core/org-data/org-data.selectors';
import { sessionFeature } from '../../core/session/session.feature';
import { Report } from '../../domain/model';
import { can, ReportFacts } from '../../domain/policy';
import { carriers, previousReport, reportsAsFor } from '../../domain/status';
import { isEditable } from '../../domain/workflow';
import { ReportKey } from '../state/report-form.actions';

/** The route's parameters: which report the form is for. */
export interface ReportRoute {
  periodId: Signal<string>;
  goalId: Signal<string | undefined>;
  activityId: Signal<string | undefined>;
  departmentId: Signal<string>;
}

/**
 * What the report form knows about its report's subject: the goal or activity, its plan, focus
 * area and department, the part the department plays, the indicators it reports on, last period's
 * report, and what the person may do. Call in an injection context (it reads the goal's reports).
 */
export function reportSubject(store: Store, route: ReportRoute, report: Signal<Report | null>) {
  const member = store.selectSignal(sessionFeature.selectMember);
  const periods = store.selectSignal(selectPeriodsInOrder);
  const departments = store.selectSignal(selectDepartmentsById);
  const goals = store.selectSignal(orgDataFeature.selectAllGoals);
  const plans = store.selectSignal(orgDataFeature.selectAllPlans);
  const areas = store.selectSignal(orgDataFeature.selectAllFocusAreas);
  const allIndicators = store.selectSignal(orgDataFeature.selectAllIndicators);
  const allReports = store.selectSignal(orgDataFeature.selectAllReports);
  const activities = store.selectSignal(orgDataFeature.selectAllActivities);
  const structureReady = store.selectSignal(orgDataFeature.selectStructureReady);
  /** The goal's indicators, or the activity (among its department's). */
  const subjectData = loadFor(() => {
    const goalId = route.goalId();
    if (route.activityId()) return [{ kind: 'activities', responsibleDepartmentId: route.departmentId() }];
    return goalId ? [{ kind: 'indicators', goalId }] : [];
  });
  const storeReady = computed(() => structureReady() && subjectData.ready());

  const key = computed((): ReportKey => {
    const activityId = route.activityId();
    return {
      periodId: route.periodId(),
      subjectType: activityId ? 'activity' : 'goal',
      subjectId: activityId ?? route.goalId() ?? '',
      departmentId: route.departmentId(),
    };
  });
  const period = computed(() => periods().find((p) => p.id === route.periodId()) ?? null);
  const activity = computed(() => activities().find((a) => a.id === route.activityId()) ?? null);
  const goal = computed(() => {
    const goalId = activity()?.goalId ?? route.goalId();
    return goals().find((g) => g.id === goalId) ?? null;
  });
  /** The goal or activity the report is about. */
  const subject = computed(() => activity() ?? (route.activityId() ? null : goal()));
  /** Lead, contributor, responsible — or `null` when the department does not carry it. */
  const reportsAs = computed(() => {
    const s = subject();
    return s ? reportsAsFor(s, route.departmentId()) : null;
  });
  const subjectCarriers = computed(() => {
    const s = subject();
    return s ? carriers(s) : [];
  });
  /** None in a contribution unless its share was asked for. */
  const indicators = computed(() => {
    if (reportsAs() === 'contributor' && !goal()?.contributorsReportValues) return [];
    return allIndicators().filter((i) => i.goalId === route.goalId());
  });

  /** The goal's reports by this department in every period: last period's is shown for reference. */
  const history = loadReportsFor(() => {
    const g = goal();
    if (g) return [{ goalId: g.id, departmentId: route.departmentId() }];
    // Everything has arrived and there is no such goal: the page says so instead of waiting.
    return storeReady() ? [] : null;
  });

  /**
   * Last period's submitted or approved report of the same subject and department: the one the
   * write engine also compares a gap with (`previousReport`).
   */
  const previous = computed(() => {
    const report = previousReport(key(), allReports(), periods());
    const period = report && periods().find((p) => p.id === report.periodId);
    return report && period ? { report, period } : null;
  });

  const allowed = (action: 'create' | 'update' | 'reopen' | 'withdraw', r: ReportFacts) => {
    const p = period();
    return (
      !!p && can(member(), action, { kind: 'reports', report: r, period: p, carriers: subjectCarriers() })
    );
  };

  return {
    key,
    period,
    activity,
    goal,
    reportsAs,
    indicators,
    previous,
    /** Ready once last period's report (copied forward on start) has arrived too. */
    ready: computed(() => storeReady() && history.ready()),
    plan: computed(() => plans().find((p) => p.id === goal()?.planId) ?? null),
    area: computed(() => areas().find((a) => a.id === goal()?.focusAreaId) ?? null),
    department: computed(() => departments().get(route.departmentId()) ?? null),
    leadName: computed(() => departments().get(goal()?.leadDepartmentId ?? '')?.name ?? ''),
    /** The person reports for this department: "back" leads to their reporting, else to the plan. */
    ownDepartment: computed(() => {
      const m = member();
      return !!m && m.roles.includes('reporter') && m.departmentIds.includes(route.departmentId());
    }),
    /** What the report is about: the activity's title, or the goal's. */
    title: computed(() => activity()?.title ?? goal()?.title ?? ''),
    editable: computed(() => {
      const r = report();
      const p = period();
      return !!r && !!p && isEditable(r, p) && allowed('update', r);
    }),
    canStart: computed(() => allowed('create', { departmentId: route.departmentId(), state: 'draft' })),
    /** The department may take back its submitted report while nobody has reviewed it. */
    canWithdraw: computed(() => {
      const r = report();
      return !!r && allowed('withdraw', r);
    }),
    /** A strategist may reopen an approved report while its period is open. */
    canReopen: computed(() => {
      const r = report();
      return !!r && allowed('reopen', r);
    }),
  };
}
