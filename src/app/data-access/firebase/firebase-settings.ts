/** The Firebase web app's configuration, as the Firebase console gives it. */
export interface FirebaseWebConfig {
  apiKey: string;
  authDomain: string;
  projectId: string;
  appId: string;
  storageBucket?: string;
  messagingSenderId?: string;
}

/** What the Firebase backend needs to start: the web app, and the emulators in tests. */
export interface FirebaseSettings {
  backend: 'firebase';
  firebase: FirebaseWebConfig;
  /** Emulator addresses (development and tests), e.g. `http://127.0.0.1:9099` for Auth. */
  emulators?: { auth?: string; firestore?: string };
  /** The Microsoft Entra tenant for "Sign in with Microsoft" (a municipality's own tenant). */
  microsoftTenant?: string;
  /** The organisation whose published follow-up `/public` shows to visitors who are not signed in. */
  publicOrganisation?: string;
}

export interface FirebaseBackendOptions {
  /** A named Firebase app, so tests can run several backends side by side. */
  appName?: string;
  /** Keep the session and the cache in memory (tests) instead of IndexedDB. */
  inMemory?: boolean;
  /** This tab's id (tests give two backends two tabs); see `tabClientId`. */
  clientId?: string;
}

/** `http://127.0.0.1:8080` → ['127.0.0.1', 8080]. */
export function hostAndPort(address: string): [string, number] {
  const url = new URL(address.includes('://') ? address : `http://${address}`);
  return [url.hostname, Number(url.port || 80)];
}
