import { Notice } from './notices';
import { periodNameKey } from './periods';

/** A translation: a key of the app's translation files and its parameters. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A notice in words: the same for the app's list and the email. */
export interface NoticeText {
  /** One line that says what happened (the email's subject). */
  title: string;
  /** Sentences under it. */
  lines: string[];
  /** What the list below is (the goals not submitted, the departments behind), and its entries. */
  listLabel: string;
  list: string[];
  /** The strategist's comment on a returned report, as written. */
  comment: string;
}

/**
 * What a notice says, in the language `t` translates to; `date` writes a day in that language's
 * format (`2026-05-20`, `May 20, 2026`). Text from people (titles, the comment) is passed as text;
 * whoever shows it escapes it.
 */
export function noticeText(notice: Notice, t: Translate, date: (day: string) => string): NoticeText {
  const period = notice.period
    ? t(periodNameKey(notice.period).key, periodNameKey(notice.period).params)
    : '';
  const params = {
    period,
    deadline: notice.period?.deadline ? date(notice.period.deadline) : '',
    title: notice.items[0] ?? '',
    waiting: notice.waiting,
    reported: notice.reported,
    expected: notice.expected,
    count: notice.items.length,
  };
  const text: NoticeText = {
    title: t(`notices.kind.${notice.kind}`, params),
    lines: [],
    listLabel: '',
    list: [],
    comment: notice.comment,
  };
  switch (notice.kind) {
    case 'reminder-14':
    case 'reminder-3':
    case 'reminder-0':
    case 'overdue':
      return { ...text, listLabel: t('notices.notSubmitted', params), list: notice.items };
    case 'digest':
      return {
        ...text,
        lines: [t('notices.waiting', params)],
        listLabel: notice.departments.length > 0 ? t('notices.behind') : '',
        list: notice.departments,
      };
    case 'deadline-passed':
      return { ...text, lines: [t('notices.reportedOf', params)] };
    default:
      return text;
  }
}

/** A translation from a translation file's contents (the app's `sv.json`, `en.json`), for Node. */
export function translatorOf(dictionary: object): Translate {
  return (key, params = {}) => {
    let found: unknown = dictionary;
    for (const part of key.split('.')) found = (found as Record<string, unknown> | undefined)?.[part];
    if (typeof found !== 'string') return key;
    return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
