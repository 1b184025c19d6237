import { createTestGoal } from '../testing/builders';
import {
  goalsOf,
  outlineId,
  outlinePlan,
  outlinesOf,
  outlinesTouched,
  plansWithoutOutline,
} from './goal-outline';
import { Goal } from './model';

describe('goal outlines (every goal of a plan in a few documents)', () => {
  const at = '2026-11-30T10:00:00.000Z';
  const goal = (id: string, overrides: Partial<Goal> = {}) =>
    createTestGoal({ id, planId: 'int', ...overrides });
  const bytes = (g: Goal) => new TextEncoder().encode(JSON.stringify(g)).length;

  it('keeps a small plan in one part, its goals in id order and only its own', () => {
    const parts = outlinePlan('org', 'int', [goal('g2'), goal('g1'), goal('x', { planId: 'eq' })], at);
    expect(parts.map((p) => p.id)).toEqual([outlineId('int', 0)]);
    expect(parts[0]).toEqual(
      jasmine.objectContaining({ orgId: 'org', planId: 'int', part: 0, computedAt: at }),
    );
    expect(parts[0].goals.map((g) => g.id)).toEqual(['g1', 'g2']);
  });

  it('has no part for a plan without goals', () => {
    expect(outlinePlan('org', 'int', [], at)).toEqual([]);
  });

  it('starts a new part before one would pass its size, whatever the goals hold', () => {
    const long = 'å'.repeat(3000); // two bytes each in UTF-8
    const goals = ['g1', 'g2', 'g3', 'g4', 'g5'].map((id) => goal(id, { description: long }));
    const limit = bytes(goals[0]) * 2 + 100;
    const parts = outlinePlan('org', 'int', goals, at, limit);
    expect(parts.map((p) => p.goals.map((g) => g.id))).toEqual([['g1', 'g2'], ['g3', 'g4'], ['g5']]);
    expect(parts.map((p) => p.id)).toEqual(['int__0', 'int__1', 'int__2']);
    for (const part of parts)
      expect(new TextEncoder().encode(JSON.stringify(part)).length).toBeLessThan(limit + 300);
  });

  it('puts a goal larger than the limit alone in its part rather than dropping it', () => {
    const parts = outlinePlan(
      'org',
      'int',
      [goal('g1', { description: 'x'.repeat(500) }), goal('g2')],
      at,
      100,
    );
    expect(parts.map((p) => p.goals.map((g) => g.id))).toEqual([['g1'], ['g2']]);
  });

  it('outlines every plan of an organisation, plan by plan', () => {
    const parts = outlinesOf(
      'org',
      [goal('a', { planId: 'eq' }), goal('b'), goal('c', { planId: 'eq' })],
      at,
    );
    expect(parts.map((p) => [p.id, p.goals.map((g) => g.id)])).toEqual([
      ['eq__0', ['a', 'c']],
      ['int__0', ['b']],
    ]);
  });

  const versions = [
    { name: 'one part', parts: [[goal('g1', { version: 2 })]], expected: [['g1', 2]] },
    {
      name: 'a newer copy wins, in whichever part it is',
      parts: [[goal('g1', { version: 2 })], [goal('g1', { version: 3, title: 'Ny' })]],
      expected: [['g1', 3]],
    },
    {
      name: 'an older copy never replaces a newer one',
      parts: [[goal('g1', { version: 3 })], [goal('g1', { version: 2 })]],
      expected: [['g1', 3]],
    },
    {
      name: 'goals of several parts, in id order',
      parts: [[goal('b')], [goal('a')]],
      expected: [
        ['a', 1],
        ['b', 1],
      ],
    },
  ];
  for (const row of versions) {
    it(`goalsOf: ${row.name}`, () => {
      const goals = goalsOf(row.parts.map((goals) => ({ goals })));
      expect(goals.map((g) => [g.id, g.version])).toEqual(row.expected);
    });
  }

  it('plansWithoutOutline: the plans no part names, whose goals are read one by one', () => {
    const parts = [{ planId: 'int' }, { planId: 'int' }, { planId: 'eq' }];
    expect(plansWithoutOutline(['new', 'int', 'eq', 'old'], parts)).toEqual(['new', 'old']);
    expect(plansWithoutOutline(['int'], parts)).toEqual([]);
  });

  const touched = [
    { name: 'a new goal', before: null, after: { planId: 'int' }, plans: ['int'] },
    { name: 'a removed goal', before: { planId: 'int' }, after: null, plans: ['int'] },
    { name: 'a changed goal', before: { planId: 'int' }, after: { planId: 'int' }, plans: ['int'] },
    {
      name: 'a goal moved between plans',
      before: { planId: 'int' },
      after: { planId: 'eq' },
      plans: ['int', 'eq'],
    },
  ];
  for (const row of touched) {
    it(`outlinesTouched: ${row.name}`, () => {
      expect(outlinesTouched(row.before, row.after)).toEqual(row.plans);
    });
  }
});
