import { doneUrlFor } from './done-url';

describe('doneUrlFor', () => {
  const cases: [string | null, string | null, string | null][] = [
    ['/plans/p#goal-:created', 'g-9', '/plans/p#goal-g-9'],
    ['/plans/p#goal-:created', null, '/plans/p'],
    ['/plans/p', 'g-9', '/plans/p'],
    ['/admin', null, '/admin'],
    [null, 'g-9', null],
  ];
  for (const [doneUrl, created, expected] of cases) {
    it(`${doneUrl} with ${created} → ${expected}`, () => expect(doneUrlFor(doneUrl, created)).toBe(expected));
  }
});
