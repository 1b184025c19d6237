import { EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../core/i18n/en.json';
import sv from '../core/i18n/sv.json';

/** Real Swedish and English texts, loaded synchronously, for component tests. */
export function provideTranslocoForTests(lang: 'sv' | 'en' = 'sv'): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: { sv, en },
      translocoConfig: { availableLangs: ['sv', 'en'], defaultLang: lang },
      preloadLangs: true,
    }),
  );
}
