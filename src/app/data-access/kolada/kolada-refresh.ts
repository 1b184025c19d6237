import { Indicator, Measurement, Member, Organisation } from '../../domain/model';
import {
  KoladaGroup,
  koladaPlaces,
  linkedKpis,
  placeIds,
  planKoladaFetch,
  segments,
  storedComparisonGroup,
} from '../../domain/kolada-api';
import { WriteOp } from '../backend';
import { KoladaClient } from './kolada-client';
import { koladaWrites } from './kolada-writes';

/** Who the weekly fetch writes as: in the history its changes read "Kolada (veckovis hämtning)". */
export function koladaMember(orgId: string): Member {
  const at = new Date(0).toISOString();
  return {
    id: 'kolada',
    orgId,
    version: 1,
    createdAt: at,
    createdBy: 'kolada',
    updatedAt: at,
    updatedBy: 'kolada',
    name: 'Kolada (veckovis hämtning)',
    email: '',
    title: '',
    roles: ['strategist'],
    departmentIds: [],
    active: true,
  };
}

/** What the weekly fetch needs of the organisation's records (the Admin SDK in the function). */
export interface KoladaRefreshDb {
  organisation(orgId: string): Promise<Organisation | null>;
  /** The indicators linked to a Kolada KPI. */
  linkedIndicators(orgId: string): Promise<Indicator[]>;
  measurements(orgId: string, indicatorIds: readonly string[]): Promise<Measurement[]>;
  /** One all-or-nothing unit of work through the write engine, as `koladaMember`. */
  write(orgId: string, ops: readonly WriteOp[]): Promise<void>;
}

export interface KoladaRefresh {
  kpis: number;
  written: number;
  revised: number;
  missing: number;
}

/** At most this many values per unit of work (each with its audit entry: under Firestore's 500). */
export const KOLADA_WRITES_PER_UNIT = 200;

/**
 * The weekly fetch on Firebase: the same reading and planning as "Hämta från Kolada" (every linked
 * KPI for the municipality, its county, the country and the comparison group, from the earliest
 * baseline year to now), written through the write engine in units of at most 200 values, each
 * all or nothing. A failure of Kolada stops the run before anything is written.
 */
export async function refreshKolada(
  db: KoladaRefreshDb,
  client: KoladaClient,
  orgId: string,
  now: Date,
  group: KoladaGroup | null,
): Promise<KoladaRefresh> {
  const organisation = await db.organisation(orgId);
  const indicators = await db.linkedIndicators(orgId);
  const kpis = linkedKpis(indicators);
  if (!organisation?.municipalityCode || kpis.length === 0)
    return { kpis: 0, written: 0, revised: 0, missing: 0 };
  await client.kpis(kpis);
  const to = now.getFullYear();
  const from = Math.min(to, ...indicators.map((i) => i.baselineYear));
  const stored = await db.measurements(
    orgId,
    indicators.map((i) => i.id),
  );
  // The group the strategist chose last in the app; the configured one until then.
  const chosen = storedComparisonGroup(stored) ?? group;
  const places = koladaPlaces(organisation.municipalityCode, chosen);
  const figures = await client.figures(
    kpis,
    placeIds(places),
    Array.from({ length: to - from + 1 }, (_, i) => from + i),
  );
  const plan = planKoladaFetch(figures, {
    municipalityCode: organisation.municipalityCode,
    group: chosen,
    indicators,
    measurements: stored,
    fetchedAt: now.toISOString(),
  });
  for (const part of segments(plan.writes, KOLADA_WRITES_PER_UNIT)) await db.write(orgId, koladaWrites(part));
  return {
    kpis: kpis.length,
    written: plan.writes.length,
    revised: plan.revised.length,
    missing: plan.missing,
  };
}
