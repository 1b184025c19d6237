import { Activity, Department, Goal, Id, IsoDate, Member, Period, Plan, Report, Timestamp } from './model';
import { ValidationFailed } from './errors';
import { Publication } from './publication';
import {
  completeness,
  completenessByDepartment,
  expectedReports,
  planIsActiveIn,
  reportedPairs,
} from './status';

/**
 * Notices (notiser): reminders before and after a period's deadline, a weekly digest, and what a
 * decision or a publication means for whom. One function (`noticesDue`) decides them all from the
 * records and the time, for the app (both backends) and the emails alike.
 */
export const NOTICE_KINDS = [
  'reminder-14',
  'reminder-3',
  'reminder-0',
  'overdue',
  'returned',
  'approved',
  'digest',
  'deadline-passed',
  'published',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The notices each kind of reminder is sent before the deadline, in days. */
export const REMINDERS: readonly { kind: NoticeKind; daysBefore: number }[] = [
  { kind: 'reminder-14', daysBefore: 14 },
  { kind: 'reminder-3', daysBefore: 3 },
  { kind: 'reminder-0', daysBefore: 0 },
];

/** How long after a decision or a publication its notice is still made (a missed day catches up). */
export const EVENT_DAYS = 7;

export const NOTICE_LANGUAGES = ['sv', 'en'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** A person's choices ("Mina inställningar"); the returned-report notice cannot be turned off. */
export interface NoticeSettings {
  /** The member's id. */
  id: Id;
  orgId: Id;
  language: NoticeLanguage;
  /** The weekly digest (strategists). */
  digest: boolean;
  /** Reminders before the deadline and the overdue notice (department heads). */
  reminders: boolean;
}

export function defaultNoticeSettings(member: Pick<Member, 'id' | 'orgId'>): NoticeSettings {
  return { id: member.id, orgId: member.orgId, language: 'sv', digest: true, reminders: true };
}

/** What a notice is about, in words the text needs; the same for the app and the email. */
export interface Notice {
  /** `noticeId(...)`: one per person, kind, subject and day, so nothing is noticed twice. */
  id: Id;
  orgId: Id;
  personId: Id;
  kind: NoticeKind;
  /** The day (Europe/Stockholm) the notice is for. */
  day: IsoDate;
  /** Where in the app it leads: the report, "Min rapportering", "Granska", the public page. */
  link: string;
  period: Pick<Period, 'id' | 'kind' | 'year' | 'name' | 'deadline'> | null;
  /** Titles: the goals and activities not submitted; the report's goal or activity; the plan. */
  items: string[];
  /** The strategist's comment on a returned report. */
  comment: string;
  /** The digest's reports waiting for review. */
  waiting: number;
  /** Reports in and expected when a deadline passed. */
  reported: number;
  expected: number;
  /** The digest's departments that have not reported everything. */
  departments: string[];
  createdAt: Timestamp;
  readAt: Timestamp | null;
}

/** Everything the notices are decided from: one organisation's records. */
export interface NoticeWorld {
  orgId: Id;
  members: readonly Member[];
  /** Each person's choices; a person without any has the defaults. */
  settings: readonly NoticeSettings[];
  departments: readonly Department[];
  periods: readonly Period[];
  plans: readonly Plan[];
  goals: readonly Goal[];
  activities: readonly Activity[];
  reports: readonly Report[];
  publications: readonly Publication[];
}

export function noticeId(personId: Id, kind: NoticeKind, subject: string, day: IsoDate): Id {
  return `${personId}__${kind}__${subject}__${day}`.replace(/[/\s]/g, '_');
}

// ---- days in Europe/Stockholm ---------------------------------------------------------------

const STOCKHOLM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Stockholm at an instant (summer or winter time alike). */
export function stockholmDay(at: Date): IsoDate {
  return STOCKHOLM_DAY.format(at);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
function weekday(day: IsoDate): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A reminder due on a weekend comes on the Friday before (people read it at work). */
export function reminderDay(deadline: IsoDate, daysBefore: number): IsoDate {
  const day = addDays(deadline, -daysBefore);
  const w = weekday(day);
  return w === 6 ? addDays(day, -1) : w === 0 ? addDays(day, -2) : day;
}

/** The overdue notice comes the day after the deadline, or on the Monday after a weekend. */
export function overdueDay(deadline: IsoDate): IsoDate {
  const day = addDays(deadline, 1);
  const w = weekday(day);
  return w === 6 ? addDays(day, 2) : w === 0 ? addDays(day, 1) : day;
}

function isMonday(day: IsoDate): boolean {
  return weekday(day) === 1;
}

// ---- what is due ------------------------------------------------------------------------------

/** A goal or activity a department should report on in a period. */
interface DueItem {
  departmentId: Id;
  title: string;
  report: Report | null;
}

/** Still to do: nothing written, a draft or a returned report. */
function isOpen(item: DueItem): boolean {
  return !item.report || item.report.state === 'draft' || item.report.state === 'returned';
}

function dueItems(world: NoticeWorld, period: Period): DueItem[] {
  const reportOf = new Map<string, Report>();
  for (const r of world.reports) {
    if (r.periodId === period.id) reportOf.set(`${r.subjectType}|${r.subjectId}|${r.departmentId}`, r);
  }
  const goals = new Map(world.goals.map((g) => [g.id, g]));
  const activePlans = new Set(world.plans.filter((p) => planIsActiveIn(p, period)).map((p) => p.id));
  const activeDepartments = new Set(world.departments.filter((d) => d.active).map((d) => d.id));
  const items: DueItem[] = expectedReports(world.goals, world.plans, world.departments, period).map((e) => ({
    departmentId: e.departmentId,
    title: goals.get(e.goalId)?.title ?? '',
    report: reportOf.get(`goal|${e.goalId}|${e.departmentId}`) ?? null,
  }));
  for (const a of world.activities) {
    const goal = goals.get(a.goalId);
    if (!goal || !activePlans.has(goal.planId) || !activeDepartments.has(a.responsibleDepartmentId)) continue;
    items.push({
      departmentId: a.responsibleDepartmentId,
      title: a.title,
      report: reportOf.get(`activity|${a.id}|${a.responsibleDepartmentId}`) ?? null,
    });
  }
  return items;
}

function reportLink(report: Report): string {
  return report.subjectType === 'activity'
    ? `/reporting/${report.periodId}/activity/${report.subjectId}/${report.departmentId}`
    : `/reporting/${report.periodId}/${report.subjectId}/${report.departmentId}`;
}

function periodFacts(period: Period): Notice['period'] {
  const { id, kind, year, name, deadline } = period;
  return { id, kind, year, name, deadline };
}

/**
 * Every notice due at `now`, for every person of the organisation: the deadline reminders, overdue
 * and deadline-passed notices and the Monday digest of the open periods, and the notices of
 * decisions and publications of the last `EVENT_DAYS` days (each dated the day it happened). The
 * ids are fixed by person, kind, subject and day, so running it again, or from another place,
 * gives the same notices: whoever stores them keeps the first and skips the rest. Inactive people,
 * closed periods and what a person turned off get nothing.
 *
 * `events` leaves out the deadlines and the digest: what a decision or a publication asks for,
 * from a world that holds just that report or publication (a Cloud Function's trigger).
 */
export function noticesDue(world: NoticeWorld, now: Date, scope: 'all' | 'events' = 'all'): Notice[] {
  const today = stockholmDay(now);
  const createdAt = now.toISOString();
  const settings = new Map(world.settings.map((s) => [s.id, s]));
  const choices = (m: Member) => settings.get(m.id) ?? defaultNoticeSettings(m);
  const active = world.members.filter((m) => m.active);
  const withRole = (role: Member['roles'][number]) => active.filter((m) => m.roles.includes(role));
  const departmentName = new Map(world.departments.map((d) => [d.id, d.name]));
  const notices: Notice[] = [];
  const notice = (
    person: Member,
    kind: NoticeKind,
    subject: string,
    day: IsoDate,
    facts: Partial<
      Pick<Notice, 'period' | 'items' | 'comment' | 'waiting' | 'reported' | 'expected' | 'departments'>
    > &
      Pick<Notice, 'link'>,
  ) =>
    notices.push({
      id: noticeId(person.id, kind, subject, day),
      orgId: world.orgId,
      personId: person.id,
      kind,
      day,
      period: null,
      items: [],
      comment: '',
      waiting: 0,
      reported: 0,
      expected: 0,
      departments: [],
      createdAt,
      readAt: null,
      ...facts,
    });

  const openPeriods = world.periods.filter((p) => p.state === 'open');
  for (const period of scope === 'all' ? openPeriods : []) {
    const items = dueItems(world, period);
    const open = items.filter(isOpen);
    // Department heads: their departments' items not yet submitted.
    const due = [
      ...REMINDERS.filter((r) => reminderDay(period.deadline, r.daysBefore) === today).map((r) => r.kind),
      ...(overdueDay(period.deadline) === today ? (['overdue'] as const) : []),
    ];
    for (const kind of due) {
      for (const person of withRole('reporter')) {
        if (!choices(person).reminders) continue;
        const mine = new Set(person.departmentIds);
        const notSubmitted = open.filter((i) => mine.has(i.departmentId));
        if (notSubmitted.length === 0) continue;
        notice(person, kind, period.id, today, {
          link: '/reporting',
          period: periodFacts(period),
          items: notSubmitted.map((i) => i.title),
        });
      }
    }
    // Strategists: the completeness when the deadline has passed, and the Monday digest.
    const expected = expectedReports(world.goals, world.plans, world.departments, period);
    const pairs = reportedPairs(period.id, world.reports);
    if (overdueDay(period.deadline) === today) {
      const { reported } = completeness(expected, pairs);
      for (const person of withRole('strategist')) {
        notice(person, 'deadline-passed', period.id, today, {
          link: '/overview',
          period: periodFacts(period),
          reported,
          expected: expected.length,
        });
      }
    }
    if (isMonday(today)) {
      const waiting = world.reports.filter((r) => r.periodId === period.id && r.state === 'submitted').length;
      const behind = new Set(open.map((i) => i.departmentId));
      for (const [id, c] of completenessByDepartment(expected, pairs))
        if (c.reported < c.expected) behind.add(id);
      const departments = [...behind]
        .map((id) => departmentName.get(id) ?? id)
        .sort((a, b) => a.localeCompare(b, 'sv'));
      if (waiting > 0 || departments.length > 0) {
        for (const person of withRole('strategist')) {
          if (!choices(person).digest) continue;
          notice(person, 'digest', period.id, today, {
            link: '/review',
            period: periodFacts(period),
            waiting,
            departments,
          });
        }
      }
    }
  }

  // Decisions on reports: the department's heads hear of a return (with the comment) or an approval.
  const since = addDays(today, -(EVENT_DAYS - 1));
  const openIds = new Map(openPeriods.map((p) => [p.id, p]));
  const titleOf = new Map<Id, string>([
    ...world.goals.map((g): [Id, string] => [g.id, g.title]),
    ...world.activities.map((a): [Id, string] => [a.id, a.title]),
  ]);
  for (const report of world.reports) {
    if (report.state !== 'returned' && report.state !== 'approved') continue;
    const period = openIds.get(report.periodId);
    if (!period || !report.decidedAt) continue;
    const day = stockholmDay(new Date(report.decidedAt));
    if (day < since || day > today) continue;
    for (const person of withRole('reporter')) {
      if (!person.departmentIds.includes(report.departmentId) || person.id === report.decidedBy) continue;
      notice(person, report.state, `${report.id}@${report.decidedAt}`, day, {
        link: reportLink(report),
        period: periodFacts(period),
        items: [titleOf.get(report.subjectId) ?? ''],
        comment: report.state === 'returned' ? report.returnComment : '',
      });
    }
  }

  // Publications: committee members hear of each new version.
  for (const publication of world.publications) {
    if (publication.withdrawnAt !== null) continue;
    for (const version of publication.versions) {
      const day = stockholmDay(new Date(version.publishedAt));
      if (day < since || day > today) continue;
      for (const person of withRole('committee')) {
        notice(person, 'published', `${publication.id}@v${version.version}`, day, {
          link: `/public/${publication.planId}/${publication.periodId}`,
          period: {
            id: publication.periodId,
            kind: publication.period.kind,
            year: publication.period.year,
            name: publication.period.name,
            deadline: '',
          },
          items: [publication.planTitle],
        });
      }
    }
  }
  return notices.sort((a, b) => a.id.localeCompare(b.id));
}

/** The notices of `due` not yet among those already made (by id). */
export function newNotices(due: readonly Notice[], made: ReadonlySet<Id>): Notice[] {
  return due.filter((n) => !made.has(n.id));
}

/** The person's unread notices. */
export function unreadCount(notices: readonly Pick<Notice, 'readAt'>[]): number {
  return notices.filter((n) => n.readAt === null).length;
}

/** Newest day first; within a day, the latest made first. */
export function newestFirst(a: Notice, b: Notice): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

/** Only the three choices, each of its type (a call from the console is checked like the UI's). */
export function validChoices(
  choices: Pick<NoticeSettings, 'language' | 'digest' | 'reminders'>,
): Pick<NoticeSettings, 'language' | 'digest' | 'reminders'> {
  if (
    !(NOTICE_LANGUAGES as readonly string[]).includes(choices.language) ||
    typeof choices.digest !== 'boolean' ||
    typeof choices.reminders !== 'boolean'
  )
    throw new ValidationFailed({ settings: { code: 'invalidChoice' } });
  return { language: choices.language, digest: choices.digest, reminders: choices.reminders };
}
