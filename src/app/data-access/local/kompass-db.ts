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
  }
}
