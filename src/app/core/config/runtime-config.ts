import { FirebaseSettings, FirebaseWebConfig } from '../../data-access/firebase/firebase-settings';

/**
 * The runtime configuration, read at start-up from `config.json` beside index.html, so one build
 * can be deployed to a test and a production project. `local` is the embedded backend.
 */
export type RuntimeConfig = ({ backend: 'local' } | FirebaseSettings) & {
  /** Where Kolada's API is read (a proxy, a test's stub); Kolada's public v3 address when absent. */
  kolada?: { baseUrl?: string; comparisonGroup?: { id: string; name: string } };
};

/** Why a configuration cannot be used; the start-up page says it in the person's language. */
export type ConfigProblem = 'missing' | 'unreadable' | 'invalid';

export type ConfigResult =
  { ok: true; config: RuntimeConfig } | { ok: false; problem: ConfigProblem; detail: string };

const REQUIRED_FIREBASE: (keyof FirebaseWebConfig)[] = ['apiKey', 'authDomain', 'projectId', 'appId'];

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isAddress(value: unknown): boolean {
  if (!isText(value)) return false;
  try {
    const url = new URL(value.includes('://') ? value : `http://${value}`);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks a parsed `config.json`; every problem is named, nothing is guessed. */
export function parseRuntimeConfig(json: unknown): ConfigResult {
  const parsed = parseBackend(json);
  if (!parsed.ok) return parsed;
  const kolada = (json as Record<string, unknown>)['kolada'];
  if (kolada === undefined) return parsed;
  const invalid = (detail: string): ConfigResult => ({ ok: false, problem: 'invalid', detail });
  if (typeof kolada !== 'object' || kolada === null) return invalid('kolada must be an object');
  const { baseUrl, comparisonGroup } = kolada as Record<string, unknown>;
  // An http(s) address, or a path on the app's own origin (`/kolada/v3`: the Firebase proxy).
  const sameOrigin = isText(baseUrl) && /^\/[A-Za-z0-9/_-]*$/.test(baseUrl) && !baseUrl.startsWith('//');
  if (
    baseUrl !== undefined &&
    !sameOrigin &&
    !(isText(baseUrl) && /^https?:\/\//.test(baseUrl) && isAddress(baseUrl))
  )
    return invalid('kolada.baseUrl must be an http(s) address or a path such as /kolada/v3');
  const group = comparisonGroup as Record<string, unknown> | undefined;
  const validGroup =
    typeof group === 'object' &&
    group !== null &&
    isText(group['id']) &&
    /^[A-Za-z0-9_-]+$/.test(group['id']) &&
    isText(group['name']);
  if (group !== undefined && !validGroup) return invalid('kolada.comparisonGroup needs an id and a name');
  return {
    ok: true,
    config: {
      ...parsed.config,
      kolada: {
        ...(isText(baseUrl) ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
        ...(group ? { comparisonGroup: { id: String(group['id']), name: String(group['name']) } } : {}),
      },
    },
  };
}

function parseBackend(json: unknown): ConfigResult {
  const invalid = (detail: string): ConfigResult => ({ ok: false, problem: 'invalid', detail });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return invalid('not an object');
  const raw = json as Record<string, unknown>;
  if (raw['backend'] === 'local') return { ok: true, config: { backend: 'local' } };
  if (raw['backend'] !== 'firebase') return invalid('backend must be "local" or "firebase"');
  const firebase = raw['firebase'] as Record<string, unknown> | undefined;
  if (typeof firebase !== 'object' || firebase === null)
    return invalid('firebase: the web app configuration is missing');
  const missing = REQUIRED_FIREBASE.filter((key) => !isText(firebase[key]));
  if (missing.length > 0) return invalid(`firebase: ${missing.join(', ')} missing`);
  const emulators = raw['emulators'] as Record<string, unknown> | undefined;
  if (emulators !== undefined) {
    if (typeof emulators !== 'object' || emulators === null) return invalid('emulators must be an object');
    for (const key of ['auth', 'firestore']) {
      if (emulators[key] !== undefined && !isAddress(emulators[key]))
        return invalid(`emulators.${key} is not an address`);
    }
  }
  const tenant = raw['microsoftTenant'];
  if (tenant !== undefined && !isText(tenant)) return invalid('microsoftTenant must be text');
  const publicOrganisation = raw['publicOrganisation'];
  if (
    publicOrganisation !== undefined &&
    !(isText(publicOrganisation) && /^[A-Za-z0-9_-]+$/.test(publicOrganisation))
  )
    return invalid('publicOrganisation must be an organisation id');
  return {
    ok: true,
    config: {
      backend: 'firebase',
      firebase: Object.fromEntries(
        Object.entries(firebase).filter(([, v]) => typeof v === 'string'),
      ) as unknown as FirebaseWebConfig,
      ...(emulators ? { emulators: emulators as { auth?: string; firestore?: string } } : {}),
      ...(isText(tenant) ? { microsoftTenant: tenant } : {}),
      ...(isText(publicOrganisation) ? { publicOrganisation } : {}),
    },
  };
}

/** Fetches and checks `config.json` (never cached: a redeploy may change it). */
export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetchFn('config.json', { cache: 'no-store' });
  } catch (error) {
    return { ok: false, problem: 'missing', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { ok: false, problem: 'missing', detail: `HTTP ${response.status}` };
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return {
      ok: false,
      problem: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  return parseRuntimeConfig(json);
}

/** Start-up stopped on the configuration; `problem` is said on the start-up page. */
export class ConfigError extends Error {
  constructor(
    readonly problem: ConfigProblem,
    readonly detail: string,
  ) {
    super(`config.json: ${problem} (${detail})`);
    this.name = 'ConfigError';
  }
}
