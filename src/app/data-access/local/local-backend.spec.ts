import { firstValueFrom } from 'rxjs';
import { backendContract } from '../backend.contract';
import { buildDemoSeed } from './demo-seed';
import { LocalBackend } from './local-backend';

const TODAY = new Date(2026, 10, 22, 12, 0, 0);
let counter = 0;

function fixture() {
  const dbName = `kompass-test-${Date.now()}-${counter++}`;
  let tick = 0;
  // A clock that moves forward on every call, so timestamps order like real writes.
  const now = () => new Date(TODAY.getTime() + 1000 * tick++);
  const backend = new LocalBackend({ dbName, now, seed: () => buildDemoSeed(TODAY) });
  return { backend, dbName };
}

backendContract('embedded (IndexedDB)', async () => {
  const { backend } = fixture();
  await backend.init();
  return { backend, seed: buildDemoSeed(TODAY), dispose: () => backend.destroy() };
});

describe('LocalBackend (embedded specifics)', () => {
  it('keeps data across a reload: a second instance on the same database sees the change', async () => {
    const { backend, dbName } = fixture();
    await backend.init();
    await backend.signInAs('m-strateg-int');
    const plan = (await firstValueFrom(backend.watch('plans')))[0];
    await backend.update('plans', plan.id, plan.version, { description: 'Ändrad före omladdning' });

    const reloaded = new LocalBackend({ dbName, seed: () => buildDemoSeed(TODAY) });
    const session = await reloaded.restoreSession();
    expect(session?.member.id).toBe('m-strateg-int');
    expect((await reloaded.get('plans', plan.id))?.description).toBe('Ändrad före omladdning');
    await backend.signOut();
    await backend.destroy();
  });

  it('restores the demo data on reset', async () => {
    const { backend } = fixture();
    await backend.init();
    await backend.signInAs('m-strateg-int');
    const plan = (await firstValueFrom(backend.watch('plans')))[0];
    await backend.update('plans', plan.id, plan.version, { title: 'Ändrad titel' });
    await backend.resetDemo();
    expect((await backend.get('plans', plan.id))?.title).toBe(plan.title);
    expect((await backend.restoreSession())?.member.id).toBe('m-strateg-int');
    await backend.signOut();
    await backend.destroy();
  });

  it('offers its jobs through the port: sessions, demo, records and export; no accounts and nothing to sync', async () => {
    const { backend } = fixture();
    const adapter = backend.adapter();
    expect(adapter.kind).toBe('local');
    expect([adapter.sessions, adapter.demo, adapter.records, adapter.exports]).toEqual([
      backend,
      backend,
      backend,
      backend,
    ]);
    expect(adapter.accounts).toBeNull();
    expect(adapter.sync).toBeNull();
    await backend.destroy();
  });

  it('lists demo people with their roles and department names', async () => {
    const { backend } = fixture();
    const people = await backend.demoPeople();
    expect(people.some((p) => p.roles.includes('admin'))).toBeTrue();
    expect(people.some((p) => p.roles.includes('committee'))).toBeTrue();
    const uaf = people.find((p) => p.memberId === 'm-uaf');
    expect(uaf?.departmentNames).toEqual(['Utbildnings- och arbetsmarknadsförvaltningen']);
    await backend.destroy();
  });
});
