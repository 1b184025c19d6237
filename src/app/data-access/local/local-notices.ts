import { liveQuery } from 'dexie';
import { BehaviorSubject, from, map, Observable, of, switchMap } from 'rxjs';
import { PermissionDenied } from '../../domain/errors';
import { Id } from '../../domain/model';
import { can } from '../../domain/policy';
import {
  defaultNoticeSettings,
  newestFirst,
  newNotices,
  Notice,
  NoticeSettings,
  noticesDue,
  validChoices,
} from '../../domain/notices';
import { NoticePort, Session } from '../backend';
import { KompassDb } from './kompass-db';

/**
 * The embedded backend's notices: what a server would do, done in the browser. `refresh` runs the
 * domain's `noticesDue` over everything IndexedDB holds and adds the notices not yet made (the ids
 * say which), in one transaction, so two tabs refreshing at once make each notice once. The
 * backend refreshes when a session starts and after a decision on a report or a publication.
 * Nothing is emailed here.
 */
export class LocalNotices implements NoticePort {
  constructor(
    private readonly db: KompassDb,
    private readonly session: BehaviorSubject<Session | null>,
    private readonly now: () => Date,
  ) {}

  async refresh(): Promise<void> {
    const db = this.db;
    await db.transaction(
      'rw',
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
        db.notices,
      ],
      async () => {
        const organisation = await db.organisations.toCollection().first();
        if (!organisation) return;
        const due = noticesDue(
          {
            orgId: organisation.id,
            members: await db.members.toArray(),
            settings: await db.noticeSettings.toArray(),
            departments: await db.departments.toArray(),
            periods: await db.periods.toArray(),
            plans: await db.plans.toArray(),
            goals: await db.goals.toArray(),
            activities: await db.activities.toArray(),
            reports: await db.reports.toArray(),
            publications: await db.publications.toArray(),
          },
          this.now(),
        );
        const made = await db.notices.bulkGet(due.map((n) => n.id));
        const fresh = newNotices(due, new Set(made.flatMap((n) => (n ? [n.id] : []))));
        if (fresh.length > 0) await db.notices.bulkAdd(fresh);
      },
    );
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
