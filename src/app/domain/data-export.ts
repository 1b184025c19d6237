import {
  Activity,
  AuditEntry,
  ENTITY_KINDS,
  EntityKind,
  EntityMap,
  Goal,
  Id,
  Organisation,
  Report,
} from './model';
import { groupBy } from './group-by';
import { reportsAsOfStored } from './status';
import { FieldErrors, hasErrors, validateRecord, validateReport } from './validation';

/**
 * Everything one organisation has, as one JSON file: how a municipality moves from trying Kompass
 * in the browser (the embedded backend) to its own Firebase project (scripts/import-data.mjs).
 */
export type DataExport = {
  format: 'kompass-export';
  version: 1;
  exportedAt: string;
  organisation: Organisation;
  audit: AuditEntry[];
} & { [K in EntityKind]: EntityMap[K][] };

export const EXPORT_FORMAT = 'kompass-export';

/** The collections an export holds, in the order they are written. */
export const EXPORT_COLLECTIONS = [...ENTITY_KINDS, 'audit'] as const;

/** Puts an export together from each collection's records. */
export function assembleExport(
  organisation: Organisation,
  collections: readonly (readonly [(typeof EXPORT_COLLECTIONS)[number], unknown[]])[],
  at: Date,
): DataExport {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: at.toISOString(),
    organisation,
    ...Object.fromEntries(collections),
  } as DataExport;
}

export function exportFileName(organisation: Organisation, at: Date): string {
  const day = at.toISOString().slice(0, 10);
  const slug = organisation.id.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return `kompass-${slug}-${day}.json`;
}

/** Why a file cannot be imported; each problem names where. */
export type ExportProblem =
  | { code: 'notJson' }
  | { code: 'notAnExport' }
  | { code: 'unsupportedVersion'; version: unknown }
  | { code: 'missingCollection'; kind: string }
  | { code: 'otherOrganisation'; kind: string; id: Id }
  | { code: 'missingId'; kind: string; index: number }
  | { code: 'duplicateId'; kind: string; id: Id }
  /** An id that is not a safe document id (a `/` would write somewhere else, `..` climb out). */
  | { code: 'unsafeId'; kind: string; id: string }
  /** A record the app itself would refuse to save; `fields` says which and why. */
  | { code: 'invalidRecord'; kind: string; id: Id; fields: FieldErrors };

export type ReadExportResult = { ok: true; data: DataExport } | { ok: false; problems: ExportProblem[] };

/** Checks an export file before anything is written; all or nothing. */
export function readExport(text: string): ReadExportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'notJson' }] };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, problems: [{ code: 'notAnExport' }] };
  }
  const raw = json as Record<string, unknown>;
  if (raw['version'] !== 1)
    return { ok: false, problems: [{ code: 'unsupportedVersion', version: raw['version'] }] };
  const organisation = raw['organisation'] as Organisation | undefined;
  if (!organisation || typeof organisation.id !== 'string' || organisation.id === '') {
    return { ok: false, problems: [{ code: 'missingCollection', kind: 'organisation' }] };
  }
  if (!isSafeId(organisation.id))
    return { ok: false, problems: [{ code: 'unsafeId', kind: 'organisation', id: organisation.id }] };
  const problems: ExportProblem[] = [];
  for (const kind of EXPORT_COLLECTIONS) {
    const records = raw[kind];
    if (!Array.isArray(records)) {
      problems.push({ code: 'missingCollection', kind });
      continue;
    }
    const seen = new Set<Id>();
    records.forEach((record: { id?: unknown; orgId?: unknown }, index) => {
      if (typeof record?.id !== 'string' || record.id === '') {
        problems.push({ code: 'missingId', kind, index });
        return;
      }
      if (!isSafeId(record.id)) {
        problems.push({ code: 'unsafeId', kind, id: record.id });
        return;
      }
      if (seen.has(record.id)) problems.push({ code: 'duplicateId', kind, id: record.id });
      seen.add(record.id);
      if (record.orgId !== organisation.id) problems.push({ code: 'otherOrganisation', kind, id: record.id });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const read = json as DataExport;
  const data: DataExport = { ...read, ...withCurrentShape(read.goals, read.activities, read.reports) };
  problems.push(...invalidRecords(data));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data };
}

/**
 * A document id that writes where it says: letters, digits, `-`, `_` and `.`, starting with a
 * letter or digit, at most 200 characters (no `/`, no `..`, nothing Firestore reserves).
 */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/.test(id) && !id.includes('..');
}

/**
 * Every record of an export in today's shape through the app's own validation, as if it were
 * saved (audit entries are a record of it).
 */
function invalidRecords(data: DataExport): ExportProblem[] {
  const problems: ExportProblem[] = [];
  // A region's export has 100 000 reports and 40 000 indicators: look them up by goal once.
  const indicatorsByGoal = groupBy(data.indicators, (i) => i.goalId);
  for (const kind of ENTITY_KINDS) {
    for (const record of data[kind] as { id: Id }[]) {
      const fields =
        kind === 'reports'
          ? validateReport(record as Report, indicatorsByGoal.get((record as Report).goalId) ?? [], false)
          : validateRecord(kind, record);
      if (hasErrors(fields)) problems.push({ code: 'invalidRecord', kind, id: record.id, fields });
    }
  }
  return problems;
}

/**
 * Records written before a report said which part its department plays, and before a goal said
 * whether contributors report values, in today's shape (an older export, the Firestore migration;
 * the embedded database does the same in its upgrade). Records already in shape are kept as they are.
 */
export function withCurrentShape(
  goals: readonly Goal[],
  activities: readonly Activity[],
  reports: readonly Report[],
): { goals: Goal[]; reports: Report[] } {
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const activityById = new Map(activities.map((a) => [a.id, a]));
  return {
    goals: goals.map((g) =>
      typeof g.contributorsReportValues === 'boolean' ? g : { ...g, contributorsReportValues: false },
    ),
    reports: reports.map((r) =>
      r.reportsAs ? r : { ...r, reportsAs: reportsAsOfStored(r, goalById, activityById) },
    ),
  };
}

/** The Firestore documents of an export: `[path, data]`, the organisation first. */
export function exportDocuments(data: DataExport): [path: string, record: object][] {
  const org = data.organisation.id;
  const documents: [string, object][] = [[`orgs/${org}`, data.organisation]];
  for (const kind of EXPORT_COLLECTIONS) {
    for (const record of data[kind]) documents.push([`orgs/${org}/${kind}/${record.id}`, record]);
  }
  return documents;
}
