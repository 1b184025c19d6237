import { Id, Timestamp } from '../../domain/model';
import { defaultNoticeSettings, Notice, NoticeLanguage, noticesDue, NoticeWorld } from '../../domain/notices';
import { MailSettings, NoticeMail, noticeMail } from '../../domain/notice-mail';
import { Translate } from '../../domain/notice-text';

/**
 * A notice as stored on Firebase: when its email was dealt with (null until it has), and whether
 * it was sent or skipped (a person without an address, or no longer active).
 */
export type StoredNotice = Notice & {
  mailedAt: Timestamp | null;
  mailSent?: boolean;
  /** When a delivery claimed it for sending (null or absent: nobody is sending it). */
  sendingSince?: Timestamp | null;
};

/**
 * How long a claim holds: a delivery that died after claiming leaves its notices to the next run
 * after this, rather than never.
 */
export const CLAIM_MS = 10 * 60 * 1000;

/** Whether a notice may be claimed for sending at `now`: not mailed, and nobody else's fresh claim. */
export function claimable(notice: Pick<StoredNotice, 'mailedAt' | 'sendingSince'>, now: Date): boolean {
  if (notice.mailedAt !== null) return false;
  const since = notice.sendingSince ? Date.parse(notice.sendingSince) : NaN;
  return Number.isNaN(since) || now.getTime() - since >= CLAIM_MS;
}

/** What delivering needs of Firestore (the Admin SDK in the function, a map in the tests). */
export interface NoticeDb {
  /** Creates the notice unless one with its id exists; true when it was created. */
  createIfAbsent(notice: StoredNotice): Promise<boolean>;
  /** The organisation's notices whose email has not gone yet. */
  unmailed(orgId: Id): Promise<StoredNotice[]>;
  /**
   * Claims the notice for sending, in a transaction (`claimable`, then `sendingSince` = now): true
   * for exactly one of two deliveries running at once, so no email goes twice.
   */
  claim(orgId: Id, id: Id, now: Date): Promise<boolean>;
  markMailed(orgId: Id, id: Id, at: Timestamp, sent: boolean): Promise<void>;
}

/** Whatever sends one email (nodemailer's transport in the function and the tests). */
export type SendMail = (mail: NoticeMail) => Promise<void>;

export interface Delivery {
  /** Notices made now (the rest existed already). */
  made: number;
  /** Emails sent now. */
  mailed: number;
  /** Notices not emailed: the person is gone, inactive or has no address (recorded, not retried). */
  skipped: number;
}

/**
 * Makes the notices due (`noticesDue` over `world`) and emails every notice not yet emailed, each
 * claimed first (`NoticeDb.claim`) and recorded as mailed once its email is accepted: a second
 * run, one running at the same time, or a retry after a failure, sends nothing twice. (An email accepted by the relay just before the function dies is the one case
 * that can go twice; a lost email is worse.) A failing send stops the run and is thrown, so the
 * platform retries; what was sent before stays recorded.
 */
export async function deliverNotices(
  db: NoticeDb,
  send: SendMail,
  world: NoticeWorld,
  now: Date,
  words: {
    translate: Record<NoticeLanguage, Translate>;
    date: Record<NoticeLanguage, (day: string) => string>;
  },
  settings: MailSettings,
  scope: 'all' | 'events' = 'all',
): Promise<Delivery> {
  let made = 0;
  for (const notice of noticesDue(world, now, scope)) {
    if (await db.createIfAbsent({ ...notice, mailedAt: null })) made++;
  }
  const people = new Map(world.members.map((m) => [m.id, m]));
  const choices = new Map(world.settings.map((s) => [s.id, s]));
  let mailed = 0;
  let skipped = 0;
  const waiting = (await db.unmailed(world.orgId)).sort((a, b) => a.id.localeCompare(b.id));
  for (const notice of waiting) {
    // Another delivery (a second trigger, the morning run) may be sending it right now.
    if (!(await db.claim(world.orgId, notice.id, now))) continue;
    const person = people.get(notice.personId);
    if (!person || !person.active || !person.email) {
      await db.markMailed(world.orgId, notice.id, now.toISOString(), false);
      skipped++;
      continue;
    }
    const language = (choices.get(person.id) ?? defaultNoticeSettings(person)).language;
    await send(
      noticeMail(notice, person, language, words.translate[language], words.date[language], settings),
    );
    await db.markMailed(world.orgId, notice.id, now.toISOString(), true);
    mailed++;
  }
  return { made, mailed, skipped };
}
