import { createTestIndicator, createTestMeasurement } from '../../testing/builders';
import { AuditEntry, EntityKind, EntityMap, Measurement, Organisation } from '../../domain/model';
import { HeldStore } from '../held-store';
import { matches, WriteEngine } from '../write-engine';
import { WriteOp } from '../backend';
import { KoladaClient, KoladaFailed } from './kolada-client';
import { koladaMember, KoladaRefreshDb, refreshKolada } from './kolada-refresh';

const BASE = 'http://127.0.0.1:9/v3';
const NOW = new Date('2026-11-30T05:00:00Z');
const organisation: Organisation = { id: 'org', name: 'Halmstads kommun', municipalityCode: '1380' };

/** A Kolada that knows N00945 and gives 2025's values for Halmstad, the county and the country. */
function kolada(women: number, status = 200, asked: string[] = []) {
  const fetch = async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    if (!url.includes('/data/'))
      return new Response(JSON.stringify({ values: [{ id: 'N00945', title: 'Andel' }] }));
    if (status !== 200) return new Response('{}', { status });
    const values = ['1380', '0013', '0000'].map((municipality, n) => ({
      kpi: 'N00945',
      municipality,
      period: 2025,
      values: [
        { gender: 'T', value: 50 + n },
        { gender: 'K', value: women + n },
        { gender: 'M', value: 48 + n },
      ],
    }));
    return new Response(JSON.stringify({ count: values.length, values }));
  };
  return new KoladaClient(BASE, { fetch: fetch as typeof globalThis.fetch, wait: async () => undefined });
}

/** The organisation's records in memory, written through the write engine as the function does. */
function memory() {
  const records = new Map<string, EntityMap[EntityKind]>();
  const audit: AuditEntry[] = [];
  records.set(
    'indicators/i1',
    createTestIndicator({ id: 'i1', planId: 'plan-1', koladaKpi: 'N00945', baselineYear: 2025 }),
  );
  let n = 0;
  const db: KoladaRefreshDb = {
    organisation: async () => organisation,
    linkedIndicators: async () =>
      [...records.entries()]
        .filter(([k]) => k.startsWith('indicators/'))
        .map(([, r]) => r as EntityMap['indicators']),
    measurements: async () =>
      [...records.entries()].filter(([k]) => k.startsWith('measurements/')).map(([, r]) => r as Measurement),
    write: async (orgId, ops: readonly WriteOp[]) => {
      const store = new HeldStore({
        get: async (kind, id) => records.get(`${kind}/${id}`),
        where: async (kind, match) =>
          [...records.entries()]
            .filter(([k, r]) => k.startsWith(`${kind}/`) && matches(r, match))
            .map(([, r]) => r),
      });
      const engine = new WriteEngine(store, {
        member: koladaMember(orgId),
        now: () => NOW,
        newId: (k) => `${k}-${n++}`,
      });
      await engine.batch(ops);
      for (const write of store.held()) {
        if (write.kind === 'audit') audit.push(write.record);
        else if (write.record) records.set(`${write.kind}/${write.id}`, write.record);
        else records.delete(`${write.kind}/${write.id}`);
      }
    },
  };
  return { db, records, audit };
}

describe('refreshKolada (the weekly fetch on Firebase)', () => {
  it('writes the values through the write engine, with their provenance, comparison and audit', async () => {
    const { db, records, audit } = memory();
    const outcome = await refreshKolada(db, kolada(52), 'org', NOW, null);
    expect(outcome).toEqual({ kpis: 1, written: 1, revised: 0, missing: 0 });
    const stored = records.get('measurements/i1__2025') as Measurement;
    expect(stored).toEqual(
      jasmine.objectContaining({
        total: 50,
        women: 52,
        men: 48,
        source: 'Kolada N00945',
        fetchedAt: NOW.toISOString(),
        version: 1,
        createdBy: 'kolada',
      }),
    );
    expect(stored.peers?.county).toEqual({ total: 51, women: 53, men: 49 });
    expect(stored.peers?.country).toEqual({ total: 52, women: 54, men: 50 });
    expect(audit.map((a) => [a.id, a.byName, a.action])).toEqual([
      ['i1__2025__1', 'Kolada (veckovis hämtning)', 'create'],
    ]);
  });

  it('compares with the group the strategist chose last (kept with the values), not the configured one', async () => {
    const { db, records } = memory();
    records.set(
      'measurements/i1__2024',
      createTestMeasurement({
        id: 'i1__2024',
        indicatorId: 'i1',
        year: 2024,
        fetchedAt: '2026-11-01T05:00:00Z',
        peers: {
          county: null,
          country: null,
          group: { id: 'G2', name: 'Vald i appen', total: 1, women: 1, men: 1 },
        },
      }),
    );
    const asked: string[] = [];
    await refreshKolada(db, kolada(52, 200, asked), 'org', NOW, { id: 'G1', name: 'Konfigurerad' });
    const data = asked.filter((url) => url.includes('/data/'));
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((url) => url.includes('G2') && !url.includes('G1'))).toBeTrue();
  });

  it('the next week: a value Kolada revised is updated and counted', async () => {
    const { db, records } = memory();
    await refreshKolada(db, kolada(52), 'org', NOW, null);
    const outcome = await refreshKolada(db, kolada(53.5), 'org', NOW, null);
    expect(outcome.revised).toBe(1);
    const stored = records.get('measurements/i1__2025') as Measurement;
    expect([stored.version, stored.women, stored.revisedFrom?.women]).toEqual([2, 53.5, 52]);
  });

  it('Kolada failing writes nothing', async () => {
    const { db, records, audit } = memory();
    await expectAsync(refreshKolada(db, kolada(52, 500), 'org', NOW, null)).toBeRejectedWith(
      jasmine.any(KoladaFailed),
    );
    expect([...records.keys()].filter((k) => k.startsWith('measurements/'))).toEqual([]);
    expect(audit).toEqual([]);
  });
});
