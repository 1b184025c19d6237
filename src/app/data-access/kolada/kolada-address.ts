import { InjectionToken } from '@angular/core';

/**
 * Where Kolada's API is read: `config.json`'s `kolada.baseUrl` (a municipality's proxy, a test's
 * stub server), else Kolada's public v3 address. Only the address is provided at start-up; the
 * client (`kolada-client.ts`) loads with the page that uses it.
 */
export const KOLADA_ADDRESS = new InjectionToken<string>('KoladaAddress');
