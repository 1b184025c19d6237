import { Member } from './model';
import { Notice, NoticeLanguage } from './notices';
import { noticeText, Translate } from './notice-text';

/** One email, ready for any mail library: plain text and simple HTML with the same content. */
export interface NoticeMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** The notice it tells of (the sender records it as mailed). */
  noticeId: string;
}

/** What every email says about where it comes from. */
export interface MailSettings {
  /** The deployed app's address, e.g. `https://kompass.halmstad.se` (links are made from it). */
  appUrl: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML: what a person wrote is shown as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A notice as an email to its person, in their language (`t` translates to it, `date` writes a
 * day in it): a greeting, what happened, its details, a link to the exact page, and how to choose
 * which notices come. The HTML is plain and accessible: a language, a heading, lists as lists.
 */
export function noticeMail(
  notice: Notice,
  person: Pick<Member, 'name' | 'email'>,
  language: NoticeLanguage,
  t: Translate,
  date: (day: string) => string,
  settings: MailSettings,
): NoticeMail {
  const words = noticeText(notice, t, date);
  const base = settings.appUrl.replace(/\/+$/, '');
  const link = `${base}${notice.link}`;
  const settingsLink = `${base}/settings`;
  const greeting = t('notices.mail.greeting', { name: person.name });
  const text = [
    greeting,
    '',
    words.title,
    ...(words.lines.length ? ['', ...words.lines] : []),
    ...(words.comment ? ['', t('notices.comment'), words.comment] : []),
    ...(words.list.length ? ['', words.listLabel, ...words.list.map((item) => `- ${item}`)] : []),
    '',
    `${t('notices.mail.open')} ${link}`,
    '',
    '-- ',
    t('notices.mail.footer'),
    settingsLink,
    '',
  ].join('\n');
  const p = (content: string) => `<p>${escapeHtml(content)}</p>`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(words.title)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;">',
    p(greeting),
    `<h1 style="font-size: 20px;">${escapeHtml(words.title)}</h1>`,
    ...words.lines.map(p),
    ...(words.comment
      ? [
          p(t('notices.comment')),
          `<blockquote style="white-space: pre-line;">${escapeHtml(words.comment)}</blockquote>`,
        ]
      : []),
    ...(words.list.length
      ? [p(words.listLabel), `<ul>${words.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`]
      : []),
    `<p><a href="${escapeHtml(link)}" style="color: #0b57d0;">${escapeHtml(t('notices.mail.openLink'))}</a></p>`,
    `<hr><p style="font-size: 14px; color: #424242;">${escapeHtml(t('notices.mail.footer'))} <a href="${escapeHtml(settingsLink)}" style="color: #0b57d0;">${escapeHtml(t('notices.settings.title'))}</a></p>`,
    '</body></html>',
  ].join('\n');
  return {
    to: { name: person.name, address: person.email },
    subject: words.title,
    text,
    html,
    noticeId: notice.id,
  };
}
