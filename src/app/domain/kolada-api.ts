import { GenderSplit, Id, Indicator, Measurement, measurementId, MeasurementPeers, Timestamp } from './model';
import { KoladaImport, MeasurementWrite } from './kolada-import';

/**
 * Kolada's open API (version 3), as far as Kolada's own documentation and its published clients
 * describe it (README, "Kolada"): a page is `{ values, count, next_url }` (`next_page` in the older
 * documentation, read too), and is followed until there is no next address; a data row is
 * `{ kpi, municipality, period, values: [{ gender: T|K|M, value, status, count }] }`; a value that
 * is not published is `null` or has the status "Missing" — never a 0; a row or value marked
 * deleted (`isdeleted`, `is_deleted`) is dropped. At most 25 ids go in one path segment.
 */
export const KOLADA_BASE_URL = 'https://api.kolada.se/v3';
export const KOLADA_MAX_IDS = 25;
/** Kolada's own largest page. */
export const KOLADA_PER_PAGE = 5000;
/** The whole country (riket) in Kolada's municipality ids. */
export const KOLADA_COUNTRY = '0000';

/** A Kolada municipality group to compare with (e.g. similar municipalities). */
export interface KoladaGroup {
  id: string;
  name: string;
}

/** The places a fetch asks for: the municipality, its county, the country, and the group. */
export interface KoladaPlaces {
  own: string;
  /** Kolada's id for the county (region): `00` and the municipality code's first two digits. */
  county: string;
  country: string;
  group: KoladaGroup | null;
}

export function koladaPlaces(municipalityCode: string, group: KoladaGroup | null = null): KoladaPlaces {
  const own = municipalityCode.padStart(4, '0');
  return { own, county: `00${own.slice(0, 2)}`, country: KOLADA_COUNTRY, group };
}

/** The ids to ask Kolada for. */
export function placeIds(places: KoladaPlaces): string[] {
  return [places.own, places.county, places.country, ...(places.group ? [places.group.id] : [])];
}

export type KoladaGender = 'total' | 'women' | 'men';
const GENDERS: Record<string, KoladaGender> = { T: 'total', K: 'women', M: 'men' };

/** One value as Kolada gives it: a number, or "saknas" (not published, never read as 0). */
export type KoladaValue = { value: number } | { missing: true };

/** One KPI's values for one municipality (or group) and year, by gender. */
export interface KoladaFigure {
  kpi: string;
  municipality: string;
  year: number;
  values: Partial<Record<KoladaGender, KoladaValue>>;
}

/** A KPI's description from Kolada's metadata. */
export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
  /** Whether Kolada splits it by gender (K, M beside T). */
  dividedByGender: boolean;
  /** When Kolada publishes it, as Kolada words it (e.g. "2026-04-15"). */
  publicationDate: string;
}

/** A response Kolada should not have sent: the fetch stops and writes nothing. */
export class KoladaMalformed extends Error {
  constructor(detail: string) {
    super(`Kolada answered in an unexpected shape: ${detail}`);
  }
}

export interface KoladaPage<T> {
  items: T[];
  /** The next page's address, or null on the last page. */
  next: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDeleted = (value: Record<string, unknown>) => !!(value['isdeleted'] ?? value['is_deleted']);

function pageOf(json: unknown): { values: unknown[]; next: string | null } {
  if (!isObject(json) || !Array.isArray(json['values'])) throw new KoladaMalformed('no values list');
  const next = json['next_url'] ?? json['next_page'] ?? null;
  if (next !== null && typeof next !== 'string') throw new KoladaMalformed('next_url is not an address');
  return { values: json['values'], next: next || null };
}

/** A page of Kolada's data endpoint, read strictly: anything unexpected is malformed. */
export function parseDataPage(json: unknown): KoladaPage<KoladaFigure> {
  const page = pageOf(json);
  const items: KoladaFigure[] = [];
  for (const row of page.values) {
    if (!isObject(row)) throw new KoladaMalformed('a row is not an object');
    if (isDeleted(row)) continue;
    const kpi = row['kpi'];
    const municipality = row['municipality'];
    const year = Number(row['period']);
    if (typeof kpi !== 'string' || typeof municipality !== 'string' || !Number.isInteger(year))
      throw new KoladaMalformed('a row lacks its kpi, municipality or period');
    if (!Array.isArray(row['values'])) throw new KoladaMalformed(`${kpi} ${year}: no values`);
    const figure: KoladaFigure = { kpi, municipality, year, values: {} };
    for (const entry of row['values']) {
      if (!isObject(entry)) throw new KoladaMalformed(`${kpi} ${year}: a value is not an object`);
      if (isDeleted(entry)) continue;
      const gender = GENDERS[String(entry['gender'])];
      if (!gender) continue;
      const value = entry['value'];
      const missing =
        value === null || value === undefined || String(entry['status'] ?? '').toLowerCase() === 'missing';
      if (!missing && (typeof value !== 'number' || !Number.isFinite(value)))
        throw new KoladaMalformed(`${kpi} ${year}: a value is not a number`);
      figure.values[gender] = missing ? { missing: true } : { value: value as number };
    }
    items.push(figure);
  }
  return { items, next: page.next };
}

/** A page of Kolada's municipality groups (`/municipality_groups?title=…`): id and title of each. */
export function parseGroupPage(json: unknown): KoladaPage<KoladaGroup> {
  const page = pageOf(json);
  return {
    next: page.next,
    items: page.values.map((row) => {
      if (!isObject(row) || typeof row['id'] !== 'string' || typeof row['title'] !== 'string')
        throw new KoladaMalformed('a municipality group lacks its id or title');
      return { id: row['id'], name: row['title'] };
    }),
  };
}

/**
 * The comparison group the strategist chose last: the group of the most recently fetched Kolada
 * value that names one (null when none does; the configured default then applies).
 */
export function storedComparisonGroup(measurements: readonly Measurement[]): KoladaGroup | null {
  let latest: Measurement | null = null;
  for (const m of measurements) {
    if (!m.fetchedAt || !m.peers?.group?.id) continue;
    if (!latest || m.fetchedAt > latest.fetchedAt!) latest = m;
  }
  const group = latest?.peers?.group;
  return group?.id ? { id: group.id, name: group.name } : null;
}

/** A page of Kolada's KPI metadata (a search, or KPIs by id). */
export function parseKpiPage(json: unknown): KoladaPage<KoladaKpi> {
  const page = pageOf(json);
  return {
    next: page.next,
    items: page.values.map((row) => {
      if (!isObject(row) || typeof row['id'] !== 'string' || typeof row['title'] !== 'string')
        throw new KoladaMalformed('a KPI lacks its id or title');
      return {
        id: row['id'],
        title: row['title'],
        description: typeof row['description'] === 'string' ? row['description'] : '',
        dividedByGender: row['is_divided_by_gender'] === true || row['is_divided_by_gender'] === 1,
        publicationDate: typeof row['publication_date'] === 'string' ? row['publication_date'] : '',
      };
    }),
  };
}

/** `ids` in segments of at most 25 (Kolada refuses longer lists). */
export function segments<T>(ids: readonly T[], size = KOLADA_MAX_IDS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

/**
 * The first pages to ask for: every KPI × municipality × year, each list cut into segments of at
 * most 25, with the largest page size. Later pages are the answers' `next_url`s.
 */
export function dataPaths(
  kpis: readonly string[],
  municipalities: readonly string[],
  years: readonly number[],
): string[] {
  const paths: string[] = [];
  for (const k of segments([...new Set(kpis)].sort()))
    for (const m of segments([...new Set(municipalities)]))
      for (const y of segments([...new Set(years)].sort()))
        paths.push(
          `/data/kpi/${k.join(',')}/municipality/${m.join(',')}/year/${y.join(',')}?per_page=${KOLADA_PER_PAGE}`,
        );
  return paths;
}

/** The KPIs linked to the plans' indicators, each once. */
export function linkedKpis(indicators: readonly Pick<Indicator, 'koladaKpi'>[]): string[] {
  return [...new Set(indicators.flatMap((i) => (i.koladaKpi ? [i.koladaKpi.toUpperCase()] : [])))].sort();
}

export interface KoladaFetchContext {
  municipalityCode: string;
  /** The comparison group asked for, if any (its figures become each value's `peers.group`). */
  group?: KoladaGroup | null;
  indicators: readonly Indicator[];
  measurements: readonly Measurement[];
  fetchedAt: Timestamp;
}

/** A fetch's outcome: the values to write (all or none), and what changed since the last fetch. */
export interface KoladaFetch extends KoladaImport {
  /** Measurement ids whose stored Kolada value Kolada has changed since (revised). */
  revised: Id[];
  /** How many values Kolada has no figure for ("saknas"). */
  missing: number;
}

const numberOf = (value: KoladaValue | undefined): number | null =>
  value && 'value' in value ? value.value : null;

/**
 * The organisation's own values among the figures, as measurements for every indicator linked to
 * their KPI: one write per indicator and year, with its provenance (Kolada, the KPI, when
 * fetched), what Kolada has no value for, and what Kolada has revised since the last fetch.
 * Figures of other municipalities (the comparison) are not written here.
 */
export function planKoladaFetch(figures: readonly KoladaFigure[], context: KoladaFetchContext): KoladaFetch {
  const own = context.municipalityCode.replace(/^0+/, '');
  const byKpi = new Map<string, Indicator[]>();
  for (const indicator of context.indicators) {
    const kpi = indicator.koladaKpi?.toUpperCase();
    if (kpi) byKpi.set(kpi, [...(byKpi.get(kpi) ?? []), indicator]);
  }
  const stored = new Map(context.measurements.map((m) => [m.id, m]));
  const places = koladaPlaces(context.municipalityCode, context.group ?? null);
  /** kpi|year|place → the figure, for the comparison. */
  const byPlace = new Map(figures.map((f) => [`${f.kpi}|${f.year}|${f.municipality}`, f]));
  const split = (kpi: string, year: number, place: string): GenderSplit | null => {
    const found = byPlace.get(`${kpi}|${year}|${place}`);
    return found
      ? {
          total: numberOf(found.values.total),
          women: numberOf(found.values.women),
          men: numberOf(found.values.men),
        }
      : null;
  };
  const result: KoladaFetch = {
    writes: [],
    problems: [],
    otherMunicipality: 0,
    unusedKpis: [],
    revised: [],
    missing: 0,
  };
  for (const figure of figures) {
    if (figure.municipality.replace(/^0+/, '') !== own) {
      result.otherMunicipality++;
      continue;
    }
    const given = (['total', 'women', 'men'] as const).filter((g) => figure.values[g]);
    if (given.length === 0) continue;
    const missing = given.filter((g) => figure.values[g] && 'missing' in figure.values[g]!);
    result.missing += missing.length;
    for (const indicator of byKpi.get(figure.kpi) ?? []) {
      const id = measurementId(indicator.id, figure.year);
      const existing = stored.get(id) ?? null;
      const next = {
        total: numberOf(figure.values.total),
        women: numberOf(figure.values.women),
        men: numberOf(figure.values.men),
      };
      const fromKolada = existing?.fetchedAt ? existing : null;
      const group = places.group ? split(figure.kpi, figure.year, places.group.id) : null;
      const peers: MeasurementPeers = {
        county: split(figure.kpi, figure.year, places.county),
        country: split(figure.kpi, figure.year, places.country),
        group: group && places.group ? { ...group, id: places.group.id, name: places.group.name } : null,
      };
      const changed =
        fromKolada !== null &&
        (fromKolada.total !== next.total || fromKolada.women !== next.women || fromKolada.men !== next.men);
      if (changed) result.revised.push(id);
      const write: MeasurementWrite = {
        draft: {
          id,
          planId: indicator.planId,
          indicatorId: indicator.id,
          year: figure.year,
          ...next,
          source: `Kolada ${figure.kpi}`,
          fetchedAt: context.fetchedAt,
          missing,
          peers: peers.county || peers.country || peers.group ? peers : null,
          // What this fetch changed (shown until the next fetch).
          revisedFrom: changed
            ? { total: fromKolada.total, women: fromKolada.women, men: fromKolada.men }
            : null,
        },
        existing,
      };
      result.writes.push(write);
    }
  }
  result.writes.sort((a, b) => a.draft.id.localeCompare(b.draft.id));
  result.revised.sort();
  return result;
}

/** The KPI a measured value came from, read from its source (`Kolada N00945`); null otherwise. */
export function measurementKpi(measurement: Pick<Measurement, 'source'>): string | null {
  // The KPI is kept in the source text, as file imports have always written it.
  return /^Kolada ([NU]\d{5})$/.exec(measurement.source)?.[1] ?? null;
}

/** One place of a comparison: its values for women and men and the gap (null: saknas). */
export interface ComparisonRow {
  place: 'own' | 'county' | 'country' | 'group';
  /** The group's name (the others are named by the page). */
  name: string;
  women: number | null;
  men: number | null;
  /** Women − men, when both are known. */
  gap: number | null;
}

/** An indicator's latest Kolada value beside its county, the country and the comparison group. */
export interface KoladaComparison {
  indicator: Indicator;
  measurement: Measurement;
  kpi: string;
  rows: ComparisonRow[];
}

const rowOf = (
  place: ComparisonRow['place'],
  name: string,
  split: { women: number | null; men: number | null },
): ComparisonRow => ({
  place,
  name,
  women: split.women,
  men: split.men,
  gap: split.women !== null && split.men !== null ? Math.round((split.women - split.men) * 100) / 100 : null,
});

/**
 * For each gender-split indicator linked to a Kolada KPI, its latest fetched value with what Kolada
 * gave for the county, the country and the group: the rows a comparison table and chart show.
 */
export function koladaComparisons(
  indicators: readonly Indicator[],
  measurements: readonly Measurement[],
): KoladaComparison[] {
  const latest = new Map<Id, Measurement>();
  for (const m of measurements) {
    if (!m.fetchedAt || !m.peers) continue;
    const known = latest.get(m.indicatorId);
    if (!known || m.year > known.year) latest.set(m.indicatorId, m);
  }
  return indicators.flatMap((indicator): KoladaComparison[] => {
    const measurement = latest.get(indicator.id);
    if (!indicator.genderDisaggregated || !indicator.koladaKpi || !measurement?.peers) return [];
    const { county, country, group } = measurement.peers;
    return [
      {
        indicator,
        measurement,
        kpi: indicator.koladaKpi,
        rows: [
          rowOf('own', '', measurement),
          ...(county ? [rowOf('county', '', county)] : []),
          ...(country ? [rowOf('country', '', country)] : []),
          ...(group ? [rowOf('group', group.name, group)] : []),
        ],
      },
    ];
  });
}
