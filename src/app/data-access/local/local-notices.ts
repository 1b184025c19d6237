import { liveQuery } from 'dexie';
import { BehaviorSubject, from, map, Observable, of, switchMap } from 'rxjs';
import { PermissionDenied } from '../../domain/errors';
import { Activity, Goal, Id, Report } from '../../domain/model';
import { can } from '../../domain/policy';
import {
  defaultNoticeSettings,
  newestFirst,
  newNotices,
  Notice,
  NoticeSettings,
  noticesDue,
  NoticeWorld,
  stockholmDay,
  validChoices,
} from '../../domain/notices';
import { publicationId } from '../../domain/publication';
import { NoticePort, Session } from '../backend';
import { KompassDb } from './kompass-db';

/** The day (Europe/Stockholm) the deadline notices were last made in this database. */
const MADE_ON_KEY = 'noticesMadeOn';

/** A world with nothing in it but what an event adds. */
const EMPTY: Omit<NoticeWorld, 'orgId' | 'members' | 'settings'> = {
  departments: [],
  periods: [],
  plans: [],
  goals: [],
  activities: [],
  reports: [],
  publications: [],
};

/**
 * The embedded backend's notices: what a server would do, done in the browser, with the domain's
 * `noticesDue`. Once a day, when someone signs in, it makes the day's notices for everyone (the
 * deadline reminders, the digest; it reads the structure and the open periods' reports only);
 * after a decision on a report or a publication it makes that event's notices from just that
 * record. A notice is added only if its id is new, in one transaction, so two tabs make each
 * notice once. Nothing is emailed here.
 */
export class LocalNotices implements NoticePort {
  constructor(
    private readonly db: KompassDb,
    private readonly session: BehaviorSubject<Session | null>,
    private readonly now: () => Date,
  ) {}

  /** The day's notices, unless this database has made them today already. */
  async refresh(): Promise<void> {
    const db = this.db;
    const now = this.now();
    const today = stockholmDay(now);
    if ((await db.meta.get(MADE_ON_KEY))?.value === today) return;
    const world = await db.transaction(
      'r',
      [
        db.organisations,
        db.members,
        db.noticeSettings,
        db.departments,
        db.periods,
        db.plans,
        db.goals,
        db.activities,
        db.reports,
        db.publications,
      ],
      async (): Promise<NoticeWorld | null> => {
        const organisation = await db.organisations.toCollection().first();
        if (!organisation) return null;
        const periods = await db.periods.toArray();
        const open = periods.filter((p) => p.state === 'open').map((p) => p.id);
        return {
          ...(await this.people(organisation.id)),
          periods,
          departments: await db.departments.toArray(),
          plans: await db.plans.toArray(),
          goals: await db.goals.toArray(),
          activities: await db.activities.toArray(),
          reports: await db.reports.where('periodId').anyOf(open).toArray(),
          publications: await db.publications.toArray(),
        };
      },
    );
    if (!world) return;
    await this.add(noticesDue(world, now));
    await db.meta.put({ key: MADE_ON_KEY, value: today });
  }

  /** What a decision on `report` (returned, approved) tells its department's heads. */
  async decided(report: Report): Promise<void> {
    const db = this.db;
    const world = await db.transaction(
      'r',
      [db.members, db.noticeSettings, db.periods, db.goals, db.activities],
      async (): Promise<NoticeWorld> => {
        const subject =
          report.subjectType === 'activity'
            ? { activities: [await db.activities.get(report.subjectId)].filter((a): a is Activity => !!a) }
            : { goals: [await db.goals.get(report.subjectId)].filter((g): g is Goal => !!g) };
        return {
          ...EMPTY,
          ...(await this.people(report.orgId)),
          periods: await db.periods.toArray(),
          reports: [report],
          ...subject,
        };
      },
    );
    await this.add(noticesDue(world, this.now(), 'events'));
  }

  /** What a publication tells the committee. */
  async published(planId: Id, periodId: Id): Promise<void> {
    const publication = await this.db.publications.get(publicationId(planId, periodId));
    if (!publication) return;
    const world = { ...EMPTY, ...(await this.people(publication.orgId)), publications: [publication] };
    await this.add(noticesDue(world, this.now(), 'events'));
  }

  private async people(orgId: Id): Promise<Pick<NoticeWorld, 'orgId' | 'members' | 'settings'>> {
    return {
      orgId,
      members: await this.db.members.toArray(),
      settings: await this.db.noticeSettings.toArray(),
    };
  }

  /** Adds the notices not made yet (the ids say which), in one transaction. */
  private async add(due: Notice[]): Promise<void> {
    if (due.length === 0) return;
    await this.db.transaction('rw', this.db.notices, async () => {
      const made = await this.db.notices.bulkGet(due.map((n) => n.id));
      const fresh = newNotices(due, new Set(made.flatMap((n) => (n ? [n.id] : []))));
      if (fresh.length > 0) await this.db.notices.bulkAdd(fresh);
    });
  }

  notices(): Observable<Notice[]> {
    return this.session.pipe(
      switchMap((session) =>
        session
          ? from(liveQuery(() => this.db.notices.where('personId').equals(session.member.id).toArray())).pipe(
              map((found) => found.sort(newestFirst)),
            )
          : of([]),
      ),
    );
  }

  async markRead(ids: readonly Id[]): Promise<void> {
    const member = this.session.value?.member;
    const at = this.now().toISOString();
    await this.db.transaction('rw', this.db.notices, async () => {
      const found = (await this.db.notices.bulkGet([...ids])).filter((n): n is Notice => !!n);
      const refused = found.find(
        (n) => !can(member, 'update', { kind: 'notices', own: n.personId === member?.id }),
      );
      if (refused) throw new PermissionDenied('update', 'notices');
      const mine = found.filter((n) => n.readAt === null);
      if (mine.length > 0) await this.db.notices.bulkPut(mine.map((n) => ({ ...n, readAt: at })));
    });
  }

  settings(): Observable<NoticeSettings | null> {
    return this.session.pipe(
      switchMap((session) =>
        session
          ? from(liveQuery(() => this.db.noticeSettings.get(session.member.id))).pipe(
              map((found) => found ?? defaultNoticeSettings(session.member)),
            )
          : of(null),
      ),
    );
  }

  async saveSettings(
    choices: Pick<NoticeSettings, 'language' | 'digest' | 'reminders'>,
  ): Promise<NoticeSettings> {
    const member = this.session.value?.member;
    if (!member || !can(member, 'update', { kind: 'noticeSettings', own: true }))
      throw new PermissionDenied('update', 'noticeSettings');
    const saved = { ...defaultNoticeSettings(member), ...validChoices(choices) };
    await this.db.noticeSettings.put(saved);
    return saved;
  }
}
