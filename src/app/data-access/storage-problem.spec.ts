import { storageProblem } from './storage-problem';

describe('storageProblem', () => {
  const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });
  const cases: [string, unknown, string][] = [
    ['no IndexedDB (Dexie MissingAPIError)', named('MissingAPIError'), 'unavailable'],
    ['storage blocked (SecurityError)', named('SecurityError'), 'unavailable'],
    ['a full disk, wrapped by Dexie', named('AbortError', named('QuotaExceededError')), 'full'],
    ['a full disk, unwrapped', named('QuotaExceededError'), 'full'],
    ['anything else', new Error('boom'), 'unknown'],
    ['not even an error', 'boom', 'unknown'],
  ];
  for (const [name, error, expected] of cases) {
    it(`reads ${name} as ${expected}`, () => expect(storageProblem(error)).toBe(expected as never));
  }
});
