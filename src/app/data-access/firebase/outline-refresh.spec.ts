import { GoalOutline } from '../../domain/goal-outline';
import { Goal } from '../../domain/model';
import { createTestGoal } from '../../testing/builders';
import { OutlineDb, refreshOutlines } from './outline-refresh';

/** An in-memory Firestore for the refresh: goals and outline parts of one organisation. */
function memoryDb(goals: Goal[]) {
  const parts = new Map<string, GoalOutline>();
  let transactions = 0;
  const db: OutlineDb = {
    async transaction(work) {
      transactions++;
      const sets: GoalOutline[] = [];
      const removes: string[] = [];
      const result = await work({
        parts: async (_orgId, planId) => [...parts.values()].filter((p) => p.planId === planId),
        goals: async (_orgId, planId) => goals.filter((g) => g.planId === planId),
        setPart: (part) => sets.push(part),
        removePart: (_orgId, id) => removes.push(id),
      });
      for (const id of removes) parts.delete(id);
      for (const part of sets) parts.set(part.id, part);
      return result;
    },
  };
  return { db, parts, transactions: () => transactions };
}

describe('refreshOutlines (the Cloud Function behind reading every goal cheaply)', () => {
  const goal = (id: string, overrides: Partial<Goal> = {}) =>
    createTestGoal({ id, planId: 'int', ...overrides });
  const t = (iso: string) => new Date(iso);
  const ids = (parts: Map<string, GoalOutline>) =>
    [...parts.values()].map((p) => [p.id, p.goals.map((g) => g.id)]);

  it("recomputes the goal's plan from all its goals", async () => {
    const goals = [goal('g1'), goal('g2'), goal('x', { planId: 'eq' })];
    const { db, parts } = memoryDb(goals);
    const outcome = await refreshOutlines(db, 'org', null, goals[1], t('2026-11-30T10:00:00Z'), () =>
      t('2026-11-30T10:00:01Z'),
    );
    expect(outcome).toEqual(['refreshed']);
    expect(ids(parts)).toEqual([['int__0', ['g1', 'g2']]]);
    expect(parts.get('int__0')!.computedAt).toBe('2026-11-30T10:00:01.000Z');
  });

  it('removes the parts a plan no longer needs when its last goal goes', async () => {
    const removed = goal('g1');
    const goals = [removed];
    const { db, parts } = memoryDb(goals);
    await refreshOutlines(db, 'org', null, removed, t('2026-11-30T10:00:00Z'), () =>
      t('2026-11-30T10:00:01Z'),
    );
    expect(parts.size).toBe(1);
    goals.length = 0;
    expect(await refreshOutlines(db, 'org', removed, null, t('2026-11-30T10:05:00Z'))).toEqual(['refreshed']);
    expect(parts.size).toBe(0);
  });

  it('refreshes both plans when a goal moves between plans', async () => {
    const before = goal('g1');
    const moved = goal('g1', { planId: 'eq', version: 2 });
    const { db, parts } = memoryDb([moved, goal('g2')]);
    expect(await refreshOutlines(db, 'org', before, moved, t('2026-11-30T10:00:00Z'))).toEqual([
      'refreshed',
      'refreshed',
    ]);
    expect(ids(parts)).toEqual([
      ['int__0', ['g2']],
      ['eq__0', ['g1']],
    ]);
  });

  it('skips an outline computed after the change was committed (an import, a late or repeated trigger)', async () => {
    const goals = [goal('g1'), goal('g2')];
    const { db, parts } = memoryDb(goals);
    await refreshOutlines(db, 'org', null, goals[1], t('2026-11-30T10:00:00Z'), () =>
      t('2026-11-30T10:00:10Z'),
    );
    const first = parts.get('int__0');
    expect(await refreshOutlines(db, 'org', null, goals[0], t('2026-11-30T09:59:59Z'))).toEqual([
      'already-current',
    ]);
    expect(parts.get('int__0')).toBe(first);
  });

  it('recomputes an outline older than the change, or within the clock margin', async () => {
    const goals = [goal('g1')];
    const { db } = memoryDb(goals);
    await refreshOutlines(db, 'org', null, goals[0], t('2026-11-30T10:00:00Z'), () =>
      t('2026-11-30T10:00:01Z'),
    );
    expect(
      await refreshOutlines(db, 'org', null, goals[0], t('2026-11-30T10:00:00Z'), () =>
        t('2026-11-30T10:00:02Z'),
      ),
    ).toEqual(['refreshed']);
    expect(await refreshOutlines(db, 'org', null, goals[0], t('2026-11-30T10:01:00Z'))).toEqual([
      'refreshed',
    ]);
  });

  it('touches nothing for a change without a goal', async () => {
    const { db, transactions } = memoryDb([]);
    expect(await refreshOutlines(db, 'org', null, null, t('2026-11-30T10:00:00Z'))).toEqual([]);
    expect(transactions()).toBe(0);
  });
});
