import { initializeApp } from 'firebase/app';
import { getFirestore, serverTimestamp } from 'firebase/firestore';
import { createTestGoal, createTestPlan, createTestReport } from '../../testing/builders';
import { HeldWritesStore } from './held-writes-store';

describe('HeldWritesStore (the write engine inside a Firestore transaction or a queued batch)', () => {
  const app = initializeApp({ projectId: 'demo-store-spec', apiKey: 'x', appId: 'x' }, 'store-spec');
  const db = getFirestore(app);
  const stamps = (id: string, version = 1) => ({
    id,
    orgId: 'halmstad',
    version,
    createdAt: '2026-11-23T00:00:00.000Z',
    createdBy: 'm-1',
    updatedAt: '2026-11-23T00:00:00.000Z',
    updatedBy: 'm-1',
  });

  function setUp(stored: Record<string, object> = {}) {
    const transaction = {
      get: jasmine.createSpy('get').and.callFake(async (ref: { path: string }) => ({
        exists: () => ref.path in stored,
        data: () => stored[ref.path],
      })),
      set: jasmine.createSpy('set'),
      delete: jasmine.createSpy('delete'),
    };
    const store = new HeldWritesStore(
      db,
      { get: (ref) => transaction.get(ref), query: () => Promise.reject(new Error('no queries here')) },
      'halmstad',
      'uid-1',
    );
    return { store, transaction };
  }

  it('reads through the transaction, under the organisation', async () => {
    const { store } = setUp({ 'orgs/halmstad/plans/p1': { ...stamps('p1'), title: 'Plan' } });
    expect((await store.get('plans', 'p1'))?.['title']).toBe('Plan');
    expect(await store.get('plans', 'p2')).toBeUndefined();
  });

  it('reads each document once per unit of work', async () => {
    const { store, transaction } = setUp({ 'orgs/halmstad/goals/g1': stamps('g1') });
    await store.get('goals', 'g1');
    await store.get('goals', 'g1');
    expect(transaction.get).toHaveBeenCalledTimes(1);
  });

  it('sees its own held writes before they are committed', async () => {
    const { store, transaction } = setUp({ 'orgs/halmstad/plans/p1': stamps('p1') });
    await store.put('plans', createTestPlan({ ...stamps('p1', 2), title: 'Ny' }));
    expect((await store.get('plans', 'p1'))?.version).toBe(2);
    await store.delete('plans', 'p1');
    expect(await store.get('plans', 'p1')).toBeUndefined();
    expect(transaction.set).not.toHaveBeenCalled();
  });

  it('commits every write with the audit entry the rules look for, signed by the account', async () => {
    const { store, transaction } = setUp();
    const record = createTestGoal({ ...stamps('g1', 3), title: 'Mål' });
    await store.put('goals', record);
    await store.audit(
      {
        id: 'audit-random',
        orgId: 'halmstad',
        at: '2026-11-23T00:00:00.000Z',
        by: 'm-1',
        byName: 'Samir Haddad',
        action: 'update',
        entity: 'goals',
        entityId: 'g1',
        before: null,
        after: record,
        comment: '',
      },
      3,
    );
    await store.delete('activities', 'a1');
    store.commitTo(transaction);
    const sets = transaction.set.calls.allArgs().map(([ref, data]) => [(ref as { path: string }).path, data]);
    // A record this unit did not read is new: every time it sets is the server's.
    expect(sets[0]).toEqual([
      'orgs/halmstad/goals/g1',
      { ...record, createdAt: serverTimestamp(), updatedAt: serverTimestamp() },
    ]);
    expect(sets[1][0]).toBe('orgs/halmstad/audit/g1__3');
    expect(sets[1][1]).toEqual(
      jasmine.objectContaining({ id: 'g1__3', by: 'uid-1', byName: 'Samir Haddad' }),
    );
    expect((transaction.delete.calls.first().args[0] as { path: string }).path).toBe(
      'orgs/halmstad/activities/a1',
    );
  });

  it('sends the server’s time for the time a change sets, and every other time exactly as stored', async () => {
    const storedCreatedAt = { toDate: () => new Date('2026-01-01T00:00:00.000Z') };
    const { store, transaction } = setUp({
      'orgs/halmstad/goals/g1': { ...stamps('g1'), createdAt: storedCreatedAt, title: 'Mål' },
    });
    const read = (await store.get('goals', 'g1'))!;
    expect(read.createdAt).toBe('2026-01-01T00:00:00.000Z');
    await store.put('goals', { ...read, version: 2, updatedAt: '2026-11-30T10:00:00.000Z', title: 'Nytt' });
    store.commitTo(transaction);
    const [, data] = transaction.set.calls.first().args as [unknown, Record<string, unknown>];
    expect(data['createdAt']).toBe(storedCreatedAt);
    expect(data['updatedAt']).toEqual(serverTimestamp());
    expect(data['title']).toBe('Nytt');
  });

  it('writes beside a goal’s first report that the goal has reports, and nothing beside a later change', async () => {
    const report = createTestReport({ ...stamps('r-new'), goalId: 'g1' });
    const { store, transaction } = setUp({
      'orgs/halmstad/reports/r-old': { ...stamps('r-old'), goalId: 'g2' },
    });
    await store.get('reports', 'r-new');
    await store.put('reports', report);
    const old = (await store.get('reports', 'r-old'))!;
    await store.put('reports', { ...old, version: 2 });
    store.commitTo(transaction);
    const paths = transaction.set.calls.allArgs().map(([ref]) => (ref as { path: string }).path);
    expect(paths.filter((p) => p.includes('/reportedGoals/'))).toEqual(['orgs/halmstad/reportedGoals/g1']);
    const marker = transaction.set.calls
      .allArgs()
      .find(([ref]) => (ref as { path: string }).path.includes('reportedGoals'))!;
    expect(marker[1]).toEqual({ goalId: 'g1' });
  });
});
