import { KoladaClient, KoladaFailed, KoladaProgress } from './kolada-client';

const BASE = 'http://127.0.0.1:9/v3';

/** A scripted Kolada: the first route the address contains answers with its next response (the last repeats). */
function kolada(routes: Record<string, (Response | (() => Response))[]>) {
  const asked: string[] = [];
  const waits: number[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const key = Object.keys(routes).find((k) => url.includes(k));
    if (!key) return new Response('{}', { status: 404 });
    const answers = routes[key];
    const answer = answers.length > 1 ? answers.shift()! : answers[0];
    return typeof answer === 'function' ? answer() : answer.clone();
  };
  const client = new KoladaClient(BASE, {
    fetch: fetch as typeof globalThis.fetch,
    wait: async (ms) => void waits.push(ms),
  });
  return { client, asked, waits };
}
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const row = (year: number, values: unknown[]) => ({
  kpi: 'N00945',
  municipality: '1380',
  period: year,
  values,
});

async function failure(work: Promise<unknown>): Promise<KoladaFailed> {
  try {
    await work;
  } catch (error) {
    if (error instanceof KoladaFailed) return error;
    throw error;
  }
  throw new Error('did not fail');
}

describe('KoladaClient', () => {
  it('follows next_url to the last page, at the configured address even when Kolada names its own host', async () => {
    const { client, asked } = kolada({
      'page=2': [
        json({ count: 1, values: [row(2025, [{ gender: 'T', value: 2 }])], next_url: `${BASE}/data/page3` }),
      ],
      page3: [json({ count: 1, values: [row(2025, [{ gender: 'K', value: 3, status: 'Missing' }])] })],
      'year/2024,2025': [
        json({
          count: 1,
          values: [row(2024, [{ gender: 'T', value: 1 }])],
          next_url:
            'https://api.kolada.se/v3/data/kpi/N00945/municipality/1380/year/2024,2025?page=2&per_page=5000',
        }),
      ],
    });
    const progress: KoladaProgress[] = [];
    const figures = await client.figures(['N00945'], ['1380'], [2024, 2025], {
      progress: (p) => progress.push(p),
    });
    expect(figures.map((f) => [f.year, f.values])).toEqual([
      [2024, { total: { value: 1 } }],
      [2025, { total: { value: 2 } }],
      [2025, { women: { missing: true } }],
    ]);
    expect(asked.every((url) => url.startsWith(BASE))).toBeTrue();
    expect(asked.length).toBe(3);
    expect(progress.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(progress[0]).toEqual({ kpis: ['N00945'], request: 1, requests: 1, page: 1 });
  });

  it('tries a 429 again after Retry-After, then goes on', async () => {
    const { client, waits } = kolada({
      '/data/': [
        json({}, 429, { 'Retry-After': '2' }),
        json({ values: [row(2025, [{ gender: 'T', value: 5 }])] }),
      ],
    });
    const figures = await client.figures(['N00945'], ['1380'], [2025]);
    expect(figures.length).toBe(1);
    expect(waits).toEqual([2000]);
  });

  const failures: [string, Record<string, Response[]>, string, number[]][] = [
    [
      'a 500 every time: tried four times with backoff, then "server"',
      { '/data/': [json({}, 500)] },
      'server',
      [1000, 2000, 4000],
    ],
    ['a 429 every time: "rate-limited"', { '/data/': [json({}, 429)] }, 'rate-limited', [1000, 2000, 4000]],
    [
      'an answer that is not JSON: "malformed"',
      { '/data/': [new Response('<html>Fel</html>', { status: 200 })] },
      'malformed',
      [],
    ],
    ['JSON of another shape: "malformed"', { '/data/': [json({ rows: [] })] }, 'malformed', []],
    ['a 404: "not-found"', { '/nothing/': [json({})] }, 'not-found', []],
  ];
  for (const [name, routes, problem, waited] of failures) {
    it(name, async () => {
      const { client, waits } = kolada(routes);
      expect((await failure(client.figures(['N00945'], ['1380'], [2025]))).problem).toBe(problem);
      expect(waits).toEqual(waited);
    });
  }

  it('no network: "offline", at once', async () => {
    const client = new KoladaClient(BASE, {
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
      wait: async () => undefined,
    });
    expect((await failure(client.figures(['N00945'], ['1380'], [2025]))).problem).toBe('offline');
  });

  it('a KPI Kolada no longer has: "not-found", naming it', async () => {
    const { client } = kolada({ '/kpi/': [json({ values: [{ id: 'N00945', title: 'Finns' }] })] });
    const failed = await failure(client.kpis(['N00945', 'N99999']));
    expect(failed.problem).toBe('not-found');
    expect(failed.detail).toBe('N99999');
  });

  it('searches KPIs by title, or looks an id up', async () => {
    const { client, asked } = kolada({
      'kpi?title=': [json({ values: [{ id: 'N00945', title: 'Förvärvsarbetande' }] })],
      '/kpi/N00945': [
        json({ values: [{ id: 'N00945', title: 'Förvärvsarbetande', is_divided_by_gender: true }] }),
      ],
    });
    expect((await client.search('förvärvs')).map((k) => k.id)).toEqual(['N00945']);
    expect(asked[0]).toBe(`${BASE}/kpi?title=f%C3%B6rv%C3%A4rvs&per_page=50`);
    expect((await client.search('n00945'))[0].dividedByGender).toBeTrue();
  });

  it('a path as its address (the Firebase proxy) is on the page’s own origin', async () => {
    const asked: string[] = [];
    const client = new KoladaClient('/kolada/v3', {
      fetch: (async (input: RequestInfo | URL) => {
        asked.push(String(input));
        return json({ values: [{ id: 'N00945', title: 'Förvärvsarbetande' }] });
      }) as typeof globalThis.fetch,
    });
    await client.kpis(['N00945']);
    expect(asked).toEqual([`${location.origin}/kolada/v3/kpi/N00945`]);
  });

  it('searches municipality groups by title', async () => {
    const { client, asked } = kolada({
      'municipality_groups?title=': [
        json({ values: [{ id: 'G124026', title: 'Liknande kommuner, Halmstad', members: [] }] }),
      ],
    });
    expect(await client.groups('liknande')).toEqual([{ id: 'G124026', name: 'Liknande kommuner, Halmstad' }]);
    expect(asked[0]).toBe(`${BASE}/municipality_groups?title=liknande&per_page=50`);
    expect(await client.groups('  ')).toEqual([]);
  });

  it('cancelled: stops, and says so', async () => {
    const controller = new AbortController();
    const { client } = kolada({
      '/data/': [
        () => {
          controller.abort();
          return json({ values: [], next_url: `${BASE}/data/more` });
        },
      ],
    });
    expect(
      (await failure(client.figures(['N00945'], ['1380'], [2025], { signal: controller.signal }))).problem,
    ).toBe('cancelled');
  });
});
