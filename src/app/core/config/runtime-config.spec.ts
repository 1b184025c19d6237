import { loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

describe('parseRuntimeConfig', () => {
  const firebase = {
    apiKey: 'k',
    authDomain: 'kompass.firebaseapp.com',
    projectId: 'demo-kompass',
    appId: '1:2:web:3',
  };
  const cases: [string, unknown, 'ok' | 'invalid'][] = [
    ['the embedded backend', { backend: 'local' }, 'ok'],
    ['Firebase with its web config', { backend: 'firebase', firebase }, 'ok'],
    [
      'Firebase against the emulators with a Microsoft tenant',
      {
        backend: 'firebase',
        firebase,
        emulators: { auth: 'http://127.0.0.1:9099', firestore: '127.0.0.1:8080' },
        microsoftTenant: 'halmstad.onmicrosoft.com',
      },
      'ok',
    ],
    ['an unknown backend', { backend: 'mysql' }, 'invalid'],
    ['no backend', {}, 'invalid'],
    ['an array', [], 'invalid'],
    ['null', null, 'invalid'],
    ['Firebase without its config', { backend: 'firebase' }, 'invalid'],
    [
      'Firebase without a project id',
      { backend: 'firebase', firebase: { ...firebase, projectId: ' ' } },
      'invalid',
    ],
    [
      'an emulator that is not an address',
      { backend: 'firebase', firebase, emulators: { auth: 'javascript:alert(1)' } },
      'invalid',
    ],
    ['a tenant that is not text', { backend: 'firebase', firebase, microsoftTenant: 42 }, 'invalid'],
    [
      'a Kolada address (a proxy)',
      { backend: 'local', kolada: { baseUrl: 'https://kolada.halmstad.se/v3' } },
      'ok',
    ],
    [
      'a Kolada address that is not http(s)',
      { backend: 'local', kolada: { baseUrl: 'javascript:alert(1)' } },
      'invalid',
    ],
    [
      'Kolada through the app’s own origin (the Firebase proxy)',
      { backend: 'firebase', firebase, kolada: { baseUrl: '/kolada/v3' } },
      'ok',
    ],
    [
      'a protocol-relative address (another host)',
      { backend: 'local', kolada: { baseUrl: '//evil.example/v3' } },
      'invalid',
    ],
    ['Kolada with its defaults', { backend: 'firebase', firebase, kolada: {} }, 'ok'],
    [
      'a comparison group',
      { backend: 'local', kolada: { comparisonGroup: { id: 'G38144', name: 'Liknande kommuner' } } },
      'ok',
    ],
    [
      'a comparison group without a name',
      { backend: 'local', kolada: { comparisonGroup: { id: 'G1' } } },
      'invalid',
    ],
  ];
  for (const [name, json, expected] of cases) {
    it(`${expected === 'ok' ? 'accepts' : 'refuses'} ${name}`, () => {
      const result = parseRuntimeConfig(json);
      expect(result.ok ? 'ok' : result.problem).toBe(expected);
    });
  }

  it('keeps the Kolada address without a trailing slash', () => {
    const result = parseRuntimeConfig({ backend: 'local', kolada: { baseUrl: 'http://127.0.0.1:4305/v3/' } });
    expect(result.ok && result.config.kolada).toEqual({ baseUrl: 'http://127.0.0.1:4305/v3' });
  });

  it('names what is missing', () => {
    const result = parseRuntimeConfig({ backend: 'firebase', firebase: { apiKey: 'k' } });
    expect(result.ok ? '' : result.detail).toBe('firebase: authDomain, projectId, appId missing');
  });
});

describe('loadRuntimeConfig', () => {
  const respond = (status: number, body: string) =>
    (() => Promise.resolve(new Response(body, { status }))) as unknown as typeof fetch;

  it('reads config.json', async () => {
    expect(await loadRuntimeConfig(respond(200, '{"backend":"local"}'))).toEqual({
      ok: true,
      config: { backend: 'local' },
    });
  });

  it('says the file is missing on 404', async () => {
    const result = await loadRuntimeConfig(respond(404, 'Not found'));
    expect(result.ok ? null : result.problem).toBe('missing');
  });

  it('says the file is unreadable when it is not JSON', async () => {
    const result = await loadRuntimeConfig(respond(200, '{ backend: local'));
    expect(result.ok ? null : result.problem).toBe('unreadable');
  });

  it('says the file is missing when the network fails', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    const result = await loadRuntimeConfig(failing);
    expect(result.ok ? null : result.problem).toBe('missing');
  });
});
