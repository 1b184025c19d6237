import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { BackendLoader } from './core/backend/backend-loader';
import { startupProblem } from './core/config/startup-problem';
import * as orgDataEffects from './core/org-data/org-data.effects';
import { orgDataFeature } from './core/org-data/org-data.feature';
import { SessionApiActions } from './core/session/session.actions';
import * as sessionEffects from './core/session/session.effects';
import { sessionFeature } from './core/session/session.feature';
import { routes } from './app.routes';
import { LanguageService, LANGUAGES } from './core/i18n/language';
import { BundledTranslationLoader } from './core/i18n/transloco-loader';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: 'sv',
        fallbackLang: 'sv',
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: BundledTranslationLoader,
    }),
    provideAppInitializer(() => inject(LanguageService).restore()),
    // Deep-freezing checks are off: records arrive from live queries in large numbers and
    // reducers never mutate (entity adapters copy).
    provideStore(
      { [sessionFeature.name]: sessionFeature.reducer, [orgDataFeature.name]: orgDataFeature.reducer },
      { runtimeChecks: { strictActionImmutability: false, strictStateImmutability: false } },
    ),
    provideEffects(sessionEffects, orgDataEffects),
    provideAppInitializer(async () => {
      // The backend and any session that survived a reload are known before the first route runs.
      const [loader, store] = [inject(BackendLoader), inject(Store)];
      try {
        const backend = await loader.load();
        store.dispatch(SessionApiActions.backendReady({ signInMethod: backend.signInMethod }));
        const session = await backend.restoreSession();
        store.dispatch(SessionApiActions.sessionChanged({ session }));
      } catch (error) {
        // A clear page instead of a blank app (no or broken config.json, no IndexedDB, full disk …).
        console.error(error);
        store.dispatch(SessionApiActions.backendFailed({ problem: startupProblem(error) }));
      }
    }),
  ],
};
