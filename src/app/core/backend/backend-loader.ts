import { Injectable } from '@angular/core';
import { Backend } from '../../data-access/backend';
import { ConfigError, loadRuntimeConfig } from '../config/runtime-config';

/**
 * Loads the configured backend at start-up (from `config.json`). The adapter is its own chunk, so the embedded
 * backend (Dexie) and Firebase are downloaded only when they are the one in use.
 */
@Injectable({ providedIn: 'root' })
export class BackendLoader {
  private instance: Backend | null = null;
  private loading: Promise<Backend> | null = null;

  /** The loaded backend; available once the app initializer has run. */
  get backend(): Backend {
    if (!this.instance) throw new Error('Backend used before it was loaded');
    return this.instance;
  }

  load(): Promise<Backend> {
    if (this.instance) return Promise.resolve(this.instance);
    this.loading ??= (async () => {
      const loaded = await loadRuntimeConfig();
      if (!loaded.ok) throw new ConfigError(loaded.problem, loaded.detail);
      if (loaded.config.backend === 'firebase') {
        // Its own chunk with the Firebase SDK: the embedded mode never downloads it.
        const { FirebaseBackend } = await import('../../data-access/firebase/firebase-backend');
        const firebase = new FirebaseBackend(loaded.config);
        this.instance = firebase;
        return firebase;
      }
      const { LocalBackend } = await import('../../data-access/local/local-backend');
      const local = new LocalBackend();
      await local.init();
      this.instance = local;
      return local;
    })();
    return this.loading;
  }

  /** Replaces the backend (tests). */
  use(backend: Backend): void {
    this.instance = backend;
  }
}
