import { initializeApp } from 'firebase/app';
import { connectFirestoreEmulator, initializeFirestore, memoryLocalCache } from 'firebase/firestore';
import { PublicPort } from '../backend';
import { FirebaseSettings, hostAndPort } from './firebase-settings';
import { FirestorePublic } from './firestore-public';

/**
 * What a visitor to the published follow-up needs on Firebase: Cloud Firestore, read without an
 * account, and nothing else. Its own chunk without Firebase Auth, so `/public` never downloads the
 * Auth SDK; nothing is kept in the browser (a memory cache), and the organisation is the one
 * `config.json` names in `publicOrganisation`.
 */
export function visitorPort(config: FirebaseSettings & { publicOrganisation: string }): PublicPort {
  const db = initializeFirestore(initializeApp(config.firebase), {
    ignoreUndefinedProperties: true,
    localCache: memoryLocalCache(),
  });
  if (config.emulators?.firestore) connectFirestoreEmulator(db, ...hostAndPort(config.emulators.firestore));
  return new FirestorePublic(db, () => config.publicOrganisation);
}
