import {
  dataPaths,
  KoladaFigure,
  KoladaGroup,
  KoladaKpi,
  KoladaMalformed,
  KoladaPage,
  parseDataPage,
  parseGroupPage,
  parseKpiPage,
  segments,
} from '../../domain/kolada-api';

/** Why a Kolada fetch stopped; nothing is written then. */
export type KoladaProblem = 'offline' | 'rate-limited' | 'server' | 'malformed' | 'not-found' | 'cancelled';

export class KoladaFailed extends Error {
  constructor(
    readonly problem: KoladaProblem,
    readonly detail: string,
  ) {
    super(`Kolada: ${problem} (${detail})`);
  }
}

/** Where a fetch is: which KPIs, which request of how many, which page of it. */
export interface KoladaProgress {
  kpis: string[];
  request: number;
  requests: number;
  page: number;
}

export interface KoladaClientOptions {
  fetch?: typeof fetch;
  /** Waits before a retry (tests pass one that does not sleep). */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Tries per request, the first included (429 and 5xx are tried again, with backoff). */
  attempts?: number;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new KoladaFailed('cancelled', 'cancelled'));
    });
  });
}

/**
 * Kolada's API from the browser (or Node): paged reads followed to the end, 429 and 5xx tried again
 * with backoff (Kolada's Retry-After honoured, at most 30 s) up to a limit, cancellable, and every
 * failure named (`KoladaFailed`). It reads; what is written is decided elsewhere, all or nothing.
 */
export class KoladaClient {
  private readonly fetch: typeof fetch;
  private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly attempts: number;

  constructor(
    readonly baseUrl: string,
    options: KoladaClientOptions = {},
  ) {
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.wait = options.wait ?? sleep;
    this.attempts = options.attempts ?? 4;
  }

  /** KPIs whose id or title matches `text` (Kolada's title search; an id is looked up directly). */
  async search(text: string, signal?: AbortSignal): Promise<KoladaKpi[]> {
    const query = text.trim();
    if (!query) return [];
    if (/^[NU]\d{5}$/i.test(query)) return this.kpis([query.toUpperCase()], signal).catch(() => []);
    return this.pages(`/kpi?title=${encodeURIComponent(query)}&per_page=50`, parseKpiPage, signal, 1);
  }

  /** Kolada's municipality groups whose title matches `text` (e.g. "liknande kommuner"). */
  async groups(text: string, signal?: AbortSignal): Promise<KoladaGroup[]> {
    const query = text.trim();
    if (!query) return [];
    return this.pages(
      `/municipality_groups?title=${encodeURIComponent(query)}&per_page=50`,
      parseGroupPage,
      signal,
      1,
    );
  }

  /** The KPIs by id; one that Kolada no longer has is `not-found`. */
  async kpis(ids: readonly string[], signal?: AbortSignal): Promise<KoladaKpi[]> {
    const found: KoladaKpi[] = [];
    for (const part of segments([...new Set(ids)].sort()))
      found.push(...(await this.pages(`/kpi/${part.join(',')}`, parseKpiPage, signal)));
    const gone = ids.filter((id) => !found.some((k) => k.id === id));
    if (gone.length > 0) throw new KoladaFailed('not-found', gone.join(', '));
    return found;
  }

  /** Every value of the KPIs for the municipalities (and groups) and years, all pages. */
  async figures(
    kpis: readonly string[],
    municipalities: readonly string[],
    years: readonly number[],
    options: { signal?: AbortSignal; progress?: (step: KoladaProgress) => void } = {},
  ): Promise<KoladaFigure[]> {
    const paths = dataPaths(kpis, municipalities, years);
    const figures: KoladaFigure[] = [];
    for (const [index, path] of paths.entries()) {
      const asked = decodeURIComponent(path.split('/')[3] ?? '').split(',');
      figures.push(
        ...(await this.pages(path, parseDataPage, options.signal, Infinity, (page) =>
          options.progress?.({ kpis: asked, request: index + 1, requests: paths.length, page }),
        )),
      );
    }
    return figures;
  }

  /** A read followed through its `next_url`s (at most `maxPages`). */
  private async pages<T>(
    path: string,
    parse: (json: unknown) => KoladaPage<T>,
    signal?: AbortSignal,
    maxPages = Infinity,
    onPage?: (page: number) => void,
  ): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    let next: string | null = this.resolve(path);
    for (let page = 1; next && page <= maxPages; page++) {
      // A next page that was read already would never end.
      if (seen.has(next)) throw new KoladaFailed('malformed', `the pages go round: ${next}`);
      seen.add(next);
      onPage?.(page);
      let parsed: KoladaPage<T>;
      try {
        parsed = parse(await this.get(next, signal));
      } catch (error) {
        if (error instanceof KoladaMalformed) throw new KoladaFailed('malformed', error.message);
        throw error;
      }
      items.push(...parsed.items);
      next = parsed.next ? this.resolve(parsed.next) : null;
    }
    return items;
  }

  /**
   * An address under the configured base: Kolada's `next_url`s name Kolada's own host, and a
   * municipality behind a proxy (or a test's stub server) must keep going to the configured one.
   */
  private resolve(pathOrUrl: string): string {
    // A path (`/kolada/v3`, the Firebase proxy) is on the page's own origin.
    const page = (globalThis as { location?: { origin: string } }).location;
    const origin = this.baseUrl.startsWith('/') ? (page?.origin ?? '') : '';
    const base = `${origin}${this.baseUrl.replace(/\/+$/, '')}`;
    if (pathOrUrl.startsWith(base)) return pathOrUrl;
    const versioned = /^https?:\/\/[^/]+(?:\/[^?]*?)?\/v3(\/.*)$/.exec(pathOrUrl);
    if (versioned) return `${base}${versioned[1]}`;
    return pathOrUrl.startsWith('/') ? `${base}${pathOrUrl}` : `${base}/${pathOrUrl}`;
  }

  private async get(url: string, signal?: AbortSignal): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw new KoladaFailed('cancelled', url);
      let response: Response;
      try {
        response = await this.fetch(url, { signal, headers: { Accept: 'application/json' } });
      } catch (error) {
        if (signal?.aborted) throw new KoladaFailed('cancelled', url);
        throw new KoladaFailed('offline', error instanceof Error ? error.message : String(error));
      }
      if (response.status === 429 || response.status >= 500) {
        if (attempt >= this.attempts)
          throw new KoladaFailed(
            response.status === 429 ? 'rate-limited' : 'server',
            `HTTP ${response.status}`,
          );
        const after = Number(response.headers.get('Retry-After'));
        await this.wait(
          Number.isFinite(after) && after > 0 ? Math.min(after, 30) * 1000 : 1000 * 2 ** (attempt - 1),
          signal,
        );
        continue;
      }
      if (response.status === 404) throw new KoladaFailed('not-found', url);
      if (!response.ok) throw new KoladaFailed('server', `HTTP ${response.status}`);
      try {
        return JSON.parse(await response.text());
      } catch {
        throw new KoladaFailed('malformed', 'not JSON');
      }
    }
  }
}
