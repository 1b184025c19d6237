// The notices' words for the emails: the app's own translation files and date formats, so an
// email says exactly what the app's notices page says.
import sv from '../../src/app/core/i18n/sv.json';
import en from '../../src/app/core/i18n/en.json';
import { formatDate } from '../../src/app/core/i18n/format';
import { translatorOf } from '../../src/app/domain/notice-text';

export const NOTICE_WORDS = {
  translate: { sv: translatorOf(sv), en: translatorOf(en) },
  date: { sv: (day: string) => formatDate(day, 'sv-SE'), en: (day: string) => formatDate(day, 'en-GB') },
};
