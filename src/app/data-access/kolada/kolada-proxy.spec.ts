import { proxyKolada } from './kolada-proxy';

describe('the Kolada proxy (Cloud Function koladaProxy behind /kolada/**)', () => {
  const UPSTREAM = 'https://api.kolada.se/v3';

  function kolada(status = 200, body = '{"values":[]}', headers: Record<string, string> = {}) {
    const asked: string[] = [];
    const fetch = async (url: string) => {
      asked.push(url);
      return new Response(body, { status, headers });
    };
    return { asked, fetch };
  }

  const forwarded: [string, string, string][] = [
    [
      'a KPI search',
      '/kolada/v3/kpi?title=f%C3%B6rv%C3%A4rvs&per_page=50',
      `${UPSTREAM}/kpi?title=f%C3%B6rv%C3%A4rvs&per_page=50`,
    ],
    ['KPIs by id', '/kolada/v3/kpi/N00945,N15428', `${UPSTREAM}/kpi/N00945,N15428`],
    [
      'a group search',
      '/kolada/v3/municipality_groups?title=liknande',
      `${UPSTREAM}/municipality_groups?title=liknande`,
    ],
    [
      'values, a later page',
      '/kolada/v3/data/kpi/N00945/municipality/1380,0013,0000,G124026/year/2024,2025?page=2&per_page=5000',
      `${UPSTREAM}/data/kpi/N00945/municipality/1380,0013,0000,G124026/year/2024,2025?page=2&per_page=5000`,
    ],
    ['without the /kolada prefix', '/v3/kpi/N00945', `${UPSTREAM}/kpi/N00945`],
    ['other parameters dropped', '/kolada/v3/kpi?title=a&callback=evil', `${UPSTREAM}/kpi?title=a`],
  ];
  for (const [name, path, target] of forwarded) {
    it(`forwards ${name}`, async () => {
      const { asked, fetch } = kolada();
      const answer = await proxyKolada('GET', path, UPSTREAM, fetch);
      expect(answer.status).toBe(200);
      expect(asked).toEqual([target]);
      expect(answer.headers['Cache-Control']).toBe('public, max-age=3600');
    });
  }

  const ids = (n: number) => Array.from({ length: n }, (_, k) => `N${String(k).padStart(5, '0')}`).join(',');
  const munis = (n: number) => Array.from({ length: n }, (_, k) => String(1000 + k)).join(',');
  const refused: [string, string, string, number][] = [
    ['a POST', 'POST', '/kolada/v3/kpi', 405],
    ['another Kolada address', 'GET', '/kolada/v2/kpi', 404],
    ['a path out of the proxy', 'GET', '/kolada/v3/../../admin', 404],
    ['an encoded escape', 'GET', '/kolada/v3/kpi/N00945%2F..%2Fx', 404],
    ['another host in the path', 'GET', '/kolada/https://evil.example/v3/kpi', 404],
    ['a lower-case id (not a Kolada id)', 'GET', '/kolada/v3/kpi/n00945;drop', 404],
    ['a malformed escape', 'GET', '/kolada/v3/kpi/N00945%E0%A4%A', 400],
    ['26 KPIs in one request', 'GET', `/kolada/v3/kpi/${ids(26)}`, 400],
    [
      '26 municipalities in one request',
      'GET',
      `/kolada/v3/data/kpi/N00945/municipality/${munis(26)}/year/2024`,
      400,
    ],
    ['a year out of range', 'GET', '/kolada/v3/data/kpi/N00945/municipality/1380/year/1066', 400],
    ['a page size beyond Kolada’s', 'GET', '/kolada/v3/kpi?per_page=50000', 400],
    ['a page that is not a number', 'GET', '/kolada/v3/kpi?page=1e9', 400],
    [
      'a title over 200 characters (not dropped: the app would show unrelated hits)',
      'GET',
      `/kolada/v3/kpi?title=${'a'.repeat(201)}`,
      400,
    ],
  ];
  for (const [name, method, path, status] of refused) {
    it(`refuses ${name}, asking Kolada nothing`, async () => {
      const { asked, fetch } = kolada();
      const answer = await proxyKolada(method, path, UPSTREAM, fetch);
      expect(answer.status).toBe(status);
      expect(asked).toEqual([]);
    });
  }

  it('passes a 429 on with its Retry-After (the app waits and tries again), uncached', async () => {
    const { fetch } = kolada(429, '{"error":"too many"}', { 'Retry-After': '2' });
    const answer = await proxyKolada('GET', '/kolada/v3/kpi/N00945', UPSTREAM, fetch);
    expect<unknown[]>([
      answer.status,
      answer.headers['Retry-After'],
      answer.headers['Cache-Control'],
    ]).toEqual([429, '2', undefined]);
  });

  it('forwards the most the app asks for: 25 KPIs × 25 municipalities × 25 years, pages of 5 000', async () => {
    const { asked, fetch } = kolada();
    const years = Array.from({ length: 25 }, (_, k) => 2000 + k).join(',');
    const path = `/kolada/v3/data/kpi/${ids(25)}/municipality/${munis(25)}/year/${years}?per_page=5000&page=3`;
    const answer = await proxyKolada('GET', path, UPSTREAM, fetch);
    expect(answer.status).toBe(200);
    // The parameters in one order: the same question is the same cached answer.
    expect(asked[0]).toMatch(/\?page=3&per_page=5000$/);
  });

  it('Kolada too slow: 504 after the proxy’s time limit, which the app reads as a failure to retry', async () => {
    const answer = await proxyKolada('GET', '/kolada/v3/kpi/N00945', UPSTREAM, async (_url, init) => {
      expect(init.signal).toBeDefined();
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    });
    expect(answer.status).toBe(504);
  });

  it('Kolada out of reach: 502, which the app reads as a server failure and tries again', async () => {
    const answer = await proxyKolada('GET', '/kolada/v3/kpi/N00945', UPSTREAM, async () => {
      throw new Error('getaddrinfo ENOTFOUND');
    });
    expect(answer.status).toBe(502);
  });
});
