import { Adapter, PublicPort } from '../../data-access/backend';
import { KOLADA_BASE_URL } from '../../domain/kolada-api';
import { KoladaSettings } from '../../data-access/kolada/kolada-address';
import { ConfigError, loadRuntimeConfig, RuntimeConfig } from '../config/runtime-config';
import { StartupProblem, startupProblem } from '../config/startup-problem';

/**
 * What the app starts on: the backend chosen at start-up; or, for a visitor to the published
 * follow-up on Firebase, only the published follow-up; or why there is neither (the app then shows
 * the problem).
 */
export type Startup =
  | { kind: 'app'; adapter: Adapter; kolada: KoladaSettings }
  | { kind: 'visitor'; published: PublicPort }
  | { kind: 'failed'; problem: StartupProblem };

/** Where Kolada's API is read (the configured address, else Kolada's public one), and the group. */
export function koladaOf(config: RuntimeConfig): KoladaSettings {
  return {
    baseUrl: config.kolada?.baseUrl ?? KOLADA_BASE_URL,
    comparisonGroup: config.kolada?.comparisonGroup ?? null,
  };
}

/** The published follow-up's pages: `/public` and below. */
export function isVisitorPath(path: string): boolean {
  return /^\/public(\/|$|\?|#)/.test(path);
}

/**
 * Whether a page load starts as a visitor: on Firebase, on a public page, with an organisation to
 * show. Anything else starts the whole app (the embedded backend always: it is one chunk either way).
 */
export function startsAsVisitor(
  config: RuntimeConfig,
  path: string,
): config is RuntimeConfig & { backend: 'firebase'; publicOrganisation: string } {
  return config.backend === 'firebase' && !!config.publicOrganisation && isVisitorPath(path);
}

/**
 * Loads the configured backend before the app starts (from `config.json`). The adapter is its own
 * chunk, so the embedded backend (Dexie) and Firebase are downloaded only when they are the one in
 * use; once loaded, each of its jobs is provided through its injection token (`provideAdapter`).
 * A visitor's page load on Firebase downloads Firestore alone, never Firebase Auth.
 */
export async function startBackend(path = location.pathname): Promise<Startup> {
  try {
    const loaded = await loadRuntimeConfig();
    if (!loaded.ok) throw new ConfigError(loaded.problem, loaded.detail);
    const config = loaded.config;
    if (startsAsVisitor(config, path)) {
      const { visitorPort } = await import('../../data-access/firebase/firebase-visitor');
      return { kind: 'visitor', published: visitorPort(config) };
    }
    if (config.backend === 'firebase') {
      // Its own chunk with the Firebase SDK: the embedded mode never downloads it.
      const { FirebaseBackend } = await import('../../data-access/firebase/firebase-backend');
      return { kind: 'app', adapter: new FirebaseBackend(config).adapter(), kolada: koladaOf(config) };
    }
    const { LocalBackend } = await import('../../data-access/local/local-backend');
    const local = new LocalBackend();
    await local.init();
    return { kind: 'app', adapter: local.adapter(), kolada: koladaOf(config) };
  } catch (error) {
    // A clear page instead of a blank app (no or broken config.json, no IndexedDB, full disk …).
    console.error(error);
    return { kind: 'failed', problem: startupProblem(error) };
  }
}
