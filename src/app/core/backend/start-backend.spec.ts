import { RuntimeConfig } from '../config/runtime-config';
import { isVisitorPath, startsAsVisitor } from './start-backend';

describe('startBackend: who starts as a visitor (Firestore only, no Firebase Auth)', () => {
  const firebase = (publicOrganisation?: string): RuntimeConfig => ({
    backend: 'firebase',
    firebase: { apiKey: 'k', authDomain: 'd', projectId: 'p', appId: 'a' },
    ...(publicOrganisation ? { publicOrganisation } : {}),
  });

  const paths: [string, boolean][] = [
    ['/public', true],
    ['/public/', true],
    ['/public/plan-1/per-1', true],
    ['/public?x=1', true],
    ['/publish/plan-1', false],
    ['/publications', false],
    ['/', false],
    ['/sign-in', false],
    ['/plans/public', false],
  ];
  for (const [path, visitor] of paths) {
    it(`${path} is ${visitor ? '' : 'not '}a public page`, () => {
      expect(isVisitorPath(path)).toBe(visitor);
    });
  }

  const cases: [string, RuntimeConfig, string, boolean][] = [
    ['Firebase with a public organisation, on /public', firebase('halmstad'), '/public', true],
    ['Firebase with a public organisation, on a plan page', firebase('halmstad'), '/public/p/q', true],
    ['Firebase with a public organisation, on the sign-in page', firebase('halmstad'), '/sign-in', false],
    // Without one, a signed-in member's own organisation is what /public shows: the whole app starts.
    ['Firebase without a public organisation', firebase(), '/public', false],
    ['the embedded backend', { backend: 'local' }, '/public', false],
  ];
  for (const [name, config, path, visitor] of cases) {
    it(`${name}: ${visitor ? 'a visitor' : 'the whole app'}`, () => {
      expect(startsAsVisitor(config, path)).toBe(visitor);
    });
  }
});
