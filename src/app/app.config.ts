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
import { provideAdapter, PUBLIC, SESSIONS } from './data-access/backend';
import { KOLADA } from './data-access/kolada/kolada-address';
import { Startup } from './core/backend/start-backend';
import { startupProblem } from './core/config/startup-problem';
import * as orgDataEffects from './core/org-data/org-data.effects';
import { orgDataFeature } from './core/org-data/org-data.feature';
import { SessionApiActions } from './core/session/session.actions';
import * as sessionEffects from './core/session/session.effects';
import { sessionFeature } from './core/session/session.feature';
import * as noticesEffects from './notices/state/notices.effects';
import { noticesFeature } from './notices/state/notices.feature';
import { routes, VISITOR_ROUTES } from './app.routes';
import { LanguageService, LANGUAGES } from './core/i18n/language';
import { BundledTranslationLoader } from './core/i18n/transloco-loader';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

/**
 * The app on the backend chosen at start-up (`startBackend`). A visitor's start-up has the
 * published follow-up only, with its routes. Without a backend (no or broken config.json, no
 * IndexedDB …) it starts with no effects and shows what is wrong.
 */
export function appConfig(startup: Startup): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideRouter(
        startup.kind === 'visitor' ? VISITOR_ROUTES : routes,
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
        {
          [sessionFeature.name]: sessionFeature.reducer,
          [orgDataFeature.name]: orgDataFeature.reducer,
          // The toolbar counts a person's unread notices on every page.
          [noticesFeature.name]: noticesFeature.reducer,
        },
        { runtimeChecks: { strictActionImmutability: false, strictStateImmutability: false } },
      ),
      ...(startup.kind === 'app'
        ? [
            provideAdapter(startup.adapter),
            { provide: KOLADA, useValue: startup.kolada },
            provideEffects(sessionEffects, orgDataEffects, noticesEffects),
          ]
        : []),
      ...(startup.kind === 'visitor' ? [{ provide: PUBLIC, useValue: startup.published }] : []),
      provideAppInitializer(async () => {
        // The backend and any session that survived a reload are known before the first route runs.
        const store = inject(Store);
        if (startup.kind === 'failed') {
          store.dispatch(SessionApiActions.backendFailed({ problem: startup.problem }));
          return;
        }
        if (startup.kind === 'visitor') {
          // Nobody is signed in on a visitor's page load; "Logga in" loads the whole app.
          store.dispatch(SessionApiActions.backendReady({ signInMethod: 'account' }));
          store.dispatch(SessionApiActions.sessionChanged({ session: null }));
          return;
        }
        const sessions = inject(SESSIONS);
        store.dispatch(
          SessionApiActions.backendReady({ signInMethod: startup.adapter.demo ? 'demo' : 'account' }),
        );
        try {
          store.dispatch(SessionApiActions.sessionChanged({ session: await sessions.restoreSession() }));
        } catch (error) {
          console.error(error);
          store.dispatch(SessionApiActions.backendFailed({ problem: startupProblem(error) }));
        }
      }),
    ],
  };
}
