import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';

/**
 * Translations ship with the app (no HTTP round trip before the first screen);
 * each language is its own chunk, so only the active one is downloaded.
 */
const TRANSLATIONS: Record<string, () => Promise<{ default: Translation }>> = {
  sv: () => import('./sv.json'),
  en: () => import('./en.json'),
};

@Injectable({ providedIn: 'root' })
export class BundledTranslationLoader implements TranslocoLoader {
  async getTranslation(lang: string): Promise<Translation> {
    const load = TRANSLATIONS[lang] ?? TRANSLATIONS['sv'];
    return (await load()).default;
  }
}
