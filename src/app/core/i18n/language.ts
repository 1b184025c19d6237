import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** The languages the UI offers; Swedish first because it is the default. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP 47 locale used for numbers and dates in each UI language. */
export const LOCALE_OF: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

const STORAGE_KEY = 'kompass.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The person's chosen UI language: remembered in localStorage, mirrored in `<html lang>`
 * and in Transloco. Everything locale-dependent reads `current()`.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly language = signal<Language>('sv');

  /** The active UI language. */
  readonly current = this.language.asReadonly();

  /** Restores the remembered language and loads its texts; runs before the first render. */
  async restore(): Promise<void> {
    await this.use(this.remembered() ?? 'sv', false);
  }

  /** Switches the UI language and remembers the choice. */
  async use(language: Language, remember = true): Promise<void> {
    await firstValueFrom(this.transloco.load(language));
    this.transloco.setActiveLang(language);
    this.language.set(language);
    this.document.documentElement.lang = language;
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, language);
      } catch {
        // Storage may be disabled (private mode); the choice then lasts for this visit only.
      }
    }
  }

  /** The locale for Intl formatting of the active language. */
  locale(): string {
    return LOCALE_OF[this.language()];
  }

  private remembered(): Language | null {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      return isLanguage(stored) ? stored : null;
    } catch {
      return null;
    }
  }
}
