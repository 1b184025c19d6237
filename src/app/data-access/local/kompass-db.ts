import Dexie, { Table } from 'dexie';
import {
  Activity,
  AuditEntry,
  Department,
  FocusArea,
  Goal,
  Indicator,
  Measurement,
  Member,
  Organisation,
  Period,
  Plan,
  Report,
} from '../../domain/model';
import { reportsAsOfStored } from '../../domain/status';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** The embedded backend's IndexedDB schema. Indexes match the port's query fields. */
export class KompassDb extends Dexie {
  organisations!: Table<Organisation, string>;
  departments!: Table<Department, string>;
  members!: Table<Member, string>;
  plans!: Table<Plan, string>;
  focusAreas!: Table<FocusArea, string>;
  goals!: Table<Goal, string>;
  indicators!: Table<Indicator, string>;
  activities!: Table<Activity, string>;
  measurements!: Table<Measurement, string>;
  periods!: Table<Period, string>;
  reports!: Table<Report, string>;
  audit!: Table<AuditEntry, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      organisations: 'id',
      departments: 'id, orgId',
      members: 'id, orgId, email',
      plans: 'id, orgId',
      focusAreas: 'id, orgId, planId',
      goals: 'id, orgId, planId, focusAreaId, leadDepartmentId',
      indicators: 'id, orgId, planId, goalId',
      activities: 'id, orgId, planId, goalId, responsibleDepartmentId',
      periods: 'id, orgId',
      reports: 'id, orgId, planId, goalId, periodId, departmentId, [periodId+departmentId]',
      audit: 'id, orgId, entityId, at',
      meta: 'key',
    });
    // 2: indicator values from outside sources (Kolada imports).
    this.version(2).stores({ measurements: 'id, orgId, planId, indicatorId' });
    // 4 (3 was an abandoned index, skipped so that a browser that had it still upgrades): a
    // report says which part its department plays (lead, contributor, responsible), and a goal
    // whether contributors report values. The schema's indexes are unchanged.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const goals = new Map((await tx.table<Goal, string>('goals').toArray()).map((g) => [g.id, g]));
        const activities = new Map(
          (await tx.table<Activity, string>('activities').toArray()).map((a) => [a.id, a]),
        );
        await tx
          .table<Goal, string>('goals')
          .toCollection()
          .modify((goal) => {
            goal.contributorsReportValues ??= false;
          });
        await tx
          .table<Report, string>('reports')
          .toCollection()
          .modify((report) => {
            report.reportsAs ??= reportsAsOfStored(report, goals, activities);
          });
      });
  }
}
