import { Direction } from './model';

/**
 * The columns of a goal import file and how their text is read: headers in Swedish or English, any
 * case; yes/no and increase/decrease in either language.
 */
export const GOAL_IMPORT_COLUMNS = [
  'focusArea',
  'goal',
  'goalDescription',
  'leadDepartment',
  'contributingDepartments',
  'goalTargetYear',
  'indicator',
  'unit',
  'baselineValue',
  'baselineYear',
  'targetValue',
  'targetYear',
  'direction',
  'source',
  'koladaKpi',
  'genderDisaggregated',
  'cemrArticles',
  'sdgTargets',
] as const;
export type GoalImportColumn = (typeof GOAL_IMPORT_COLUMNS)[number];

/** The headers of the template, Swedish first; English headers are accepted too. */
export const GOAL_IMPORT_HEADERS: Record<GoalImportColumn, readonly [string, string]> = {
  focusArea: ['Insatsområde', 'Focus area'],
  goal: ['Mål', 'Goal'],
  goalDescription: ['Målbeskrivning', 'Goal description'],
  leadDepartment: ['Ansvarig förvaltning', 'Lead department'],
  contributingDepartments: ['Bidragande förvaltningar', 'Contributing departments'],
  goalTargetYear: ['Målår', 'Goal target year'],
  indicator: ['Indikator', 'Indicator'],
  unit: ['Enhet', 'Unit'],
  baselineValue: ['Utgångsvärde', 'Baseline value'],
  baselineYear: ['Utgångsår', 'Baseline year'],
  targetValue: ['Målvärde', 'Target value'],
  targetYear: ['Målvärdesår', 'Target value year'],
  direction: ['Riktning', 'Direction'],
  source: ['Källa', 'Source'],
  koladaKpi: ['Kolada-id', 'Kolada id'],
  genderDisaggregated: ['Könsuppdelad', 'Gender-disaggregated'],
  cemrArticles: ['CEMR-artiklar', 'CEMR articles'],
  sdgTargets: ['Agenda 2030-mål och delmål', 'Agenda 2030 goals and targets'],
};

/** Columns a file must have; the rest may be left out. */
export const REQUIRED_COLUMNS: readonly GoalImportColumn[] = ['focusArea', 'goal', 'leadDepartment'];

const YES = ['ja', 'j', 'yes', 'y', 'true', '1', 'x'];
const NO = ['nej', 'n', 'no', 'false', '0', ''];
const INCREASE = ['öka', 'ökar', 'högre', 'increase', 'higher', 'up', '+'];
const DECREASE = ['minska', 'minskar', 'lägre', 'decrease', 'lower', 'down', '-'];

/** Compares names the way a person does: case, surrounding and repeated spaces do not matter. */
export function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

export function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Which column each header cell is, by either language's header. */
export function readHeader(header: readonly string[]): Map<GoalImportColumn, number> {
  const columns = new Map<GoalImportColumn, number>();
  header.forEach((cell, index) => {
    const column = GOAL_IMPORT_COLUMNS.find((c) => GOAL_IMPORT_HEADERS[c].some((h) => sameName(h, cell)));
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

export function directionOf(text: string): Direction | null {
  const value = normalise(text);
  if (value === '' || INCREASE.includes(value)) return 'increase';
  if (DECREASE.includes(value)) return 'decrease';
  return null;
}

export function booleanOf(text: string): boolean | null {
  const value = normalise(text);
  if (YES.includes(value)) return true;
  if (NO.includes(value)) return false;
  return null;
}
