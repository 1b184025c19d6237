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
  const route = decodeURIComponent(url.pathname).replace(/^\/kolada(?=\/)/, '');
  if (!READS.some((read) => read.test(route)))
    return { status: 404, body: '{"error":"not a Kolada read"}', headers: json };
  const query = new URLSearchParams();
  for (const name of PARAMETERS) {
    const value = url.searchParams.get(name);
    if (value !== null && value.length <= 200) query.set(name, value);
  }
  const target = `${upstream.replace(/\/v3\/*$/, '')}${route}${query.size ? `?${query}` : ''}`;
  let response: Response;
  try {
    response = await fetch(target, { headers: { Accept: 'application/json' } });
  } catch (error) {
    return {
      status: 502,
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
