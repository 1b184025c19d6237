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
import { PublicSnapshot } from '../../domain/public-snapshot';
import { Publication } from '../../domain/publication';
import { Notice, NoticeSettings } from '../../domain/notices';
import { demoPublications } from './demo-publications';

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
  publications!: Table<Publication, string>;
  notices!: Table<Notice, string>;
  noticeSettings!: Table<NoticeSettings, string>;
  snapshots!: Table<PublicSnapshot, string>;
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
    // 5: the published follow-up (öppen uppföljning), read without signing in.
    // A demo seeded before then gets its closed periods published, as a new one has them.
    this.version(5)
      .stores({ publications: 'id, orgId, planId', snapshots: 'id, orgId, planId' })
      .upgrade(async (tx) => {
        const organisation = await tx.table<Organisation, string>('organisations').toCollection().first();
        if (!organisation) return;
        const all = <T>(name: string) => tx.table<T, string>(name).toArray();
        const { snapshots, publications } = demoPublications({
          organisation,
          plans: await all<Plan>('plans'),
          focusAreas: await all<FocusArea>('focusAreas'),
          goals: await all<Goal>('goals'),
          indicators: await all<Indicator>('indicators'),
          activities: await all<Activity>('activities'),
          departments: await all<Department>('departments'),
          periods: await all<Period>('periods'),
          reports: await all<Report>('reports'),
        });
        await tx.table('snapshots').bulkPut(snapshots);
        await tx.table('publications').bulkPut(publications);
      });
    // 6: notices (reminders, decisions, publications) and each person's choices for them.
    this.version(6).stores({ notices: 'id, orgId, personId', noticeSettings: 'id, orgId' });
  }
}
