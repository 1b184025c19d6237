import { InjectionToken } from '@angular/core';
import { KoladaGroup } from '../../domain/kolada-api';

/** Where Kolada is read, and what the municipality is compared with (`config.json`'s `kolada`). */
export interface KoladaSettings {
  /** Kolada's public v3 address unless `kolada.baseUrl` names a proxy (or a test's stub server). */
  baseUrl: string;
  /** `kolada.comparisonGroup`: a Kolada municipality group, e.g. similar municipalities. */
  comparisonGroup: KoladaGroup | null;
}

/**
 * The Kolada settings, provided at start-up; the client (`kolada-client.ts`) loads with the page
 * that uses it.
 */
export const KOLADA = new InjectionToken<KoladaSettings>('KoladaSettings');
