import { KOLADA_MAX_IDS, KOLADA_PER_PAGE } from '../../domain/kolada-api';

/**
 * The Kolada proxy of a Firebase deployment (Cloud Function `koladaProxy`, behind Hosting's
 * `/kolada/**`): the browser reads Kolada through its own origin, so the fetch works whether or not
 * Kolada answers cross-origin requests. It forwards only Kolada's public reads that the app makes —
 * KPIs, municipality groups and values — as GET, with only the query parameters those use; anything
 * else is refused, so it is no open relay.
 */
const READS: readonly RegExp[] = [
  /^\/v3\/kpi$/,
  /^\/v3\/kpi\/[A-Z0-9]+(,[A-Z0-9]+)*$/,
  /^\/v3\/municipality_groups$/,
  /^\/v3\/data\/kpi\/[A-Z0-9]+(,[A-Z0-9]+)*\/municipality\/[A-Z0-9]+(,[A-Z0-9]+)*\/year\/\d{4}(,\d{4})*$/,
];
const PARAMETERS = ['title', 'page', 'per_page'];
/** What the app ever asks for; beyond it a request is someone else's use of the municipality's quota. */
const BOUNDS = {
  ids: KOLADA_MAX_IDS,
  years: KOLADA_MAX_IDS,
  title: 200,
  page: 1000,
  perPage: KOLADA_PER_PAGE,
};
/** How long Kolada may take before the browser is told it did not answer (and tries again). */
export const KOLADA_PROXY_TIMEOUT_MS = 20_000;

/** Why a request that has the shape of a Kolada read still asks for too much, or null. */
function outOfBounds(route: string, url: URL): string | null {
  const lists = route.split('/').filter((part) => part.includes(',') || /^[A-Z0-9]+$/.test(part));
  if (lists.some((list) => list.split(',').length > BOUNDS.ids))
    return `at most ${BOUNDS.ids} ids or years in a list`;
  const years = /\/year\/([\d,]+)$/.exec(route)?.[1].split(',').map(Number) ?? [];
  if (years.some((y) => y < 1990 || y > 2100)) return 'years from 1990 to 2100';
  const title = url.searchParams.get('title');
  if (title !== null && title.length > BOUNDS.title) return `a title of at most ${BOUNDS.title} characters`;
  for (const [name, max] of [
    ['page', BOUNDS.page],
    ['per_page', BOUNDS.perPage],
  ] as const) {
    const value = url.searchParams.get(name);
    if (value !== null && !(/^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= max))
      return `${name} a whole number from 1 to ${max}`;
  }
  return null;
}

export interface ProxyAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/**
 * Answers one request to the proxy: `path` as it arrived (`/kolada/v3/…?…`, or without the
 * `/kolada` prefix), forwarded to `upstream` (Kolada's v3 address) with `fetch`.
 */
export async function proxyKolada(
  method: string,
  path: string,
  upstream: string,
  fetch: (url: string, init: RequestInit) => Promise<Response>,
): Promise<ProxyAnswer> {
  const json = { 'Content-Type': 'application/json; charset=utf-8' };
  if (method !== 'GET')
    return { status: 405, body: '{"error":"only GET"}', headers: { ...json, Allow: 'GET' } };
  const url = new URL(path, 'http://proxy.invalid');
  let route: string;
  try {
    route = decodeURIComponent(url.pathname).replace(/^\/kolada(?=\/)/, '');
  } catch {
    return { status: 400, body: '{"error":"a malformed escape in the address"}', headers: json };
  }
  if (!READS.some((read) => read.test(route)))
    return { status: 404, body: '{"error":"not a Kolada read"}', headers: json };
  const tooMuch = outOfBounds(route, url);
  if (tooMuch) return { status: 400, body: JSON.stringify({ error: `ask for ${tooMuch}` }), headers: json };
  // Only the parameters the app uses, in one order, so that one question is one cached answer.
  const query = new URLSearchParams();
  for (const name of PARAMETERS) {
    const value = url.searchParams.get(name);
    if (value !== null) query.set(name, value);
  }
  const target = `${upstream.replace(/\/v3\/*$/, '')}${route}${query.size ? `?${query}` : ''}`;
  let response: Response;
  try {
    response = await fetch(target, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(KOLADA_PROXY_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      status: timedOut ? 504 : 502,
      body: JSON.stringify({
        error: `Kolada did not answer: ${error instanceof Error ? error.message : error}`,
      }),
      headers: json,
    };
  }
  const headers: Record<string, string> = { ...json };
  const retryAfter = response.headers.get('Retry-After');
  if (retryAfter) headers['Retry-After'] = retryAfter;
  // Kolada's figures change at most daily; an hour in the browser and at the edge spares it.
  if (response.ok) headers['Cache-Control'] = 'public, max-age=3600';
  return { status: response.status, body: await response.text(), headers };
}
