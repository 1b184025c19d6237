import { Adapter } from '../../data-access/backend';
import { ConfigError, loadRuntimeConfig } from '../config/runtime-config';
import { StartupProblem, startupProblem } from '../config/startup-problem';

/** The backend chosen at start-up, or why there is none (the app then shows the problem). */
export type Startup = { ok: true; adapter: Adapter } | { ok: false; problem: StartupProblem };

/**
 * Loads the configured backend before the app starts (from `config.json`). The adapter is its own
 * chunk, so the embedded backend (Dexie) and Firebase are downloaded only when they are the one in
 * use; once loaded, each of its jobs is provided through its injection token (`provideAdapter`).
 */
export async function startBackend(): Promise<Startup> {
  try {
    const loaded = await loadRuntimeConfig();
    if (!loaded.ok) throw new ConfigError(loaded.problem, loaded.detail);
    if (loaded.config.backend === 'firebase') {
      // Its own chunk with the Firebase SDK: the embedded mode never downloads it.
      const { FirebaseBackend } = await import('../../data-access/firebase/firebase-backend');
      return { ok: true, adapter: new FirebaseBackend(loaded.config).adapter() };
    }
    const { LocalBackend } = await import('../../data-access/local/local-backend');
    const local = new LocalBackend();
    await local.init();
    return { ok: true, adapter: local.adapter() };
  } catch (error) {
    // A clear page instead of a blank app (no or broken config.json, no IndexedDB, full disk …).
    console.error(error);
    return { ok: false, problem: startupProblem(error) };
  }
}
