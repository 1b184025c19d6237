import { createTestGoal } from '../testing/builders';
import { nextGoalOrder } from './plan-order';

describe('nextGoalOrder', () => {
  const goals = [
    createTestGoal({ id: 'g-1', focusAreaId: 'fa-1', order: 0 }),
    createTestGoal({ id: 'g-2', focusAreaId: 'fa-1', order: 4 }),
    createTestGoal({ id: 'g-3', focusAreaId: 'fa-2', order: 9 }),
  ];
  const cases: { name: string; area: string; except: string | null; expected: number }[] = [
    { name: 'an empty focus area starts at 0', area: 'fa-9', except: null, expected: 0 },
    { name: 'after the highest order in the area', area: 'fa-1', except: null, expected: 5 },
    { name: 'other areas do not count', area: 'fa-2', except: null, expected: 10 },
    { name: 'the goal being moved does not count', area: 'fa-1', except: 'g-2', expected: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => expect(nextGoalOrder(goals, c.area, c.except)).toBe(c.expected));
  }
});
