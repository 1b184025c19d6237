import { isCountUnit } from './indicator';
import { Framework, parseTagCell, sortTags } from './crosswalk';
import { nextGoalOrder } from './plan-order';
import {
  booleanOf,
  directionOf,
  GOAL_IMPORT_HEADERS,
  GoalImportColumn,
  normalise,
  readHeader,
  REQUIRED_COLUMNS,
  sameName,
} from './goal-import-columns';
import { Department, Draft, FocusArea, Goal, Id, Indicator } from './model';
import {
  FieldError,
  FieldErrors,
  LIMITS,
  parseLocaleNumber,
  validateGoal,
  validateIndicator,
} from './validation';

/** A larger file is a mistake (or an attack), not a plan. */
export const MAX_IMPORT_ROWS = 2000;

export interface ImportProblem {
  /** The row as the spreadsheet numbers it (the header is row 1); 0 for the file as a whole. */
  row: number;
  column: GoalImportColumn | null;
  error: FieldError;
}

export interface GoalImport {
  focusAreas: (Draft<FocusArea> & { id: Id })[];
  goals: (Draft<Goal> & { id: Id })[];
  indicators: Draft<Indicator>[];
  /** Data rows read (blank rows not counted). */
  rowCount: number;
  problems: ImportProblem[];
}

export interface GoalImportContext {
  planId: Id;
  /** The plan's focus areas and goals, to match by title and continue the order. */
  focusAreas: readonly FocusArea[];
  goals: readonly Goal[];
  departments: readonly Department[];
  /** A new id for a record of the kind. */
  newId: (kind: 'focusAreas' | 'goals') => Id;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/**
 * Bulk import of goals and indicators from a spreadsheet (CSV or .xlsx, already read into rows
 * of text). One row is one goal; further rows with the same focus area and goal add indicators
 * to it. The result is either a complete set of records to write, or the problems, row by row —
 * never a part of the file.
 */
export function planGoalImport(
  table: readonly (readonly string[])[],
  context: GoalImportContext,
): GoalImport {
  const result: GoalImport = { focusAreas: [], goals: [], indicators: [], rowCount: 0, problems: [] };
  const fail = (error: FieldError) => ({ ...result, problems: [{ row: 0, column: null, error }] });

  const headerIndex = table.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) return fail({ code: 'emptyFile' });
  const columns = readHeader(table[headerIndex]);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    return {
      ...result,
      problems: missing.map((column) => ({
        row: headerIndex + 1,
        column,
        error: { code: 'missingColumn', params: { column: GOAL_IMPORT_HEADERS[column][0] } },
      })),
    };
  }
  const dataRows = table
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => !isBlank(cells));
  if (dataRows.length === 0) return fail({ code: 'emptyFile' });
  if (dataRows.length > MAX_IMPORT_ROWS) {
    return fail({ code: 'tooManyRows', params: { max: MAX_IMPORT_ROWS, count: dataRows.length } });
  }
  result.rowCount = dataRows.length;

  const areasByName = new Map<string, Id>(context.focusAreas.map((a) => [normalise(a.title), a.id]));
  let nextAreaOrder = Math.max(0, ...context.focusAreas.map((a) => a.order + 1));
  const nextOrderIn = new Map<Id, number>();
  const goalsByKey = new Map<string, Id>();
  const existingGoalKeys = new Set(context.goals.map((g) => `${g.focusAreaId}|${normalise(g.title)}`));
  const department = (name: string) =>
    context.departments.find((d) => d.active && (sameName(d.name, name) || sameName(d.shortName, name)));

  for (const { cells, row } of dataRows) {
    const cell = (column: GoalImportColumn) => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problems: ImportProblem[] = [];
    const problem = (column: GoalImportColumn, error: FieldError) => problems.push({ row, column, error });
    const number = (column: GoalImportColumn): number | null => {
      const parsed = parseLocaleNumber(cell(column));
      if (!parsed.ok) problem(column, parsed.error);
      return parsed.ok ? parsed.value : null;
    };

    // Focus area: an existing one by title, or a new one the first time it is named.
    const areaTitle = cell('focusArea');
    let areaId: Id = '';
    if (areaTitle === '') problem('focusArea', { code: 'required' });
    else if (areaTitle.length > LIMITS.title)
      problem('focusArea', { code: 'tooLong', params: { max: LIMITS.title, length: areaTitle.length } });
    else areaId = areasByName.get(normalise(areaTitle)) ?? '';

    const leadName = cell('leadDepartment');
    const lead = leadName ? department(leadName) : undefined;
    if (leadName && !lead)
      problem('leadDepartment', { code: 'unknownDepartment', params: { name: leadName } });
    const contributing: Id[] = [];
    for (const name of cell('contributingDepartments')
      .split(/[,;]/)
      .map((n) => n.trim())
      .filter(Boolean)) {
      const found = department(name);
      if (!found) problem('contributingDepartments', { code: 'unknownDepartment', params: { name } });
      else if (found.id !== lead?.id && !contributing.includes(found.id)) contributing.push(found.id);
    }

    // CEMR articles and Agenda 2030 goals and targets: numbers, as "11; 22" or "5.5, 10.2".
    const tagsIn = (column: GoalImportColumn, framework: Framework) => {
      const { tags, unknown } = parseTagCell(cell(column), framework);
      for (const tag of unknown) problem(column, { code: 'unknownTag', params: { tag } });
      return tags;
    };

    const goalTitle = cell('goal');
    const goalKey = `${normalise(areaTitle)}|${normalise(goalTitle)}`;
    let goalId = goalsByKey.get(goalKey);
    const newArea = areaTitle !== '' && areaId === '' && !problems.some((p) => p.column === 'focusArea');
    const newGoal = goalId === undefined;
    let goalDraft: (Draft<Goal> & { id: Id }) | null = null;
    if (newGoal) {
      if (areaId && existingGoalKeys.has(`${areaId}|${normalise(goalTitle)}`)) {
        problem('goal', { code: 'duplicate', params: { name: goalTitle } });
      }
      goalDraft = {
        id: context.newId('goals'),
        planId: context.planId,
        focusAreaId: areaId || 'new',
        title: goalTitle,
        description: cell('goalDescription'),
        leadDepartmentId: lead?.id ?? (leadName ? 'unknown' : ''),
        contributingDepartmentIds: contributing,
        contributorsReportValues: false,
        targetYear: number('goalTargetYear'),
        order: 0,
        tags: sortTags([...tagsIn('cemrArticles', 'cemr'), ...tagsIn('sdgTargets', 'sdg')]),
      };
      addFieldErrors(problem, validateGoal(goalDraft), {
        title: 'goal',
        description: 'goalDescription',
        leadDepartmentId: 'leadDepartment',
        targetYear: 'goalTargetYear',
        tags: 'cemrArticles',
      });
    }

    let indicatorDraft: Draft<Indicator> | null = null;
    if (cell('indicator') !== '') {
      const direction = directionOf(cell('direction'));
      if (direction === null) problem('direction', { code: 'invalidChoice' });
      const gender = booleanOf(cell('genderDisaggregated'));
      if (gender === null) problem('genderDisaggregated', { code: 'invalidChoice' });
      const kpi = cell('koladaKpi').toUpperCase();
      indicatorDraft = {
        planId: context.planId,
        goalId: goalId ?? goalDraft?.id ?? '',
        name: cell('indicator'),
        unit: cell('unit'),
        baselineValue: number('baselineValue') as number,
        baselineYear: number('baselineYear') as number,
        targetValue: number('targetValue') as number,
        targetYear: number('targetYear') as number,
        direction: direction ?? 'increase',
        source: cell('source') || (kpi ? 'Kolada' : ''),
        koladaKpi: kpi || null,
        genderDisaggregated: gender ?? false,
        // The file has no column for it: judged by the unit, and the strategist can change it.
        countsPeople: isCountUnit(cell('unit')),
      };
      addFieldErrors(problem, validateIndicator(indicatorDraft), {
        name: 'indicator',
        unit: 'unit',
        baselineValue: 'baselineValue',
        baselineYear: 'baselineYear',
        targetValue: 'targetValue',
        targetYear: 'targetYear',
        source: 'source',
        koladaKpi: 'koladaKpi',
      });
    } else if (!newGoal) {
      // A repeated goal without an indicator adds nothing; say so rather than ignore it.
      problem('indicator', { code: 'required' });
    }

    if (problems.length > 0) {
      result.problems.push(...dedupe(problems));
      continue;
    }
    if (newArea) {
      areaId = context.newId('focusAreas');
      areasByName.set(normalise(areaTitle), areaId);
      result.focusAreas.push({
        id: areaId,
        planId: context.planId,
        title: areaTitle,
        description: '',
        order: nextAreaOrder++,
      });
    }
    if (goalDraft) {
      const order = nextOrderIn.get(areaId) ?? nextGoalOrder(context.goals, areaId);
      nextOrderIn.set(areaId, order + 1);
      result.goals.push({ ...goalDraft, focusAreaId: areaId, order });
      goalId = goalDraft.id;
      goalsByKey.set(goalKey, goalId);
    }
    if (indicatorDraft) result.indicators.push({ ...indicatorDraft, goalId: goalId! });
  }
  if (result.problems.length > 0) return { ...result, focusAreas: [], goals: [], indicators: [] };
  return result;
}

/** The rows that have problems, in order: what a person needs to fix. */
export function problemRows(problems: readonly Pick<ImportProblem, 'row'>[]): number[] {
  return [...new Set(problems.map((p) => p.row))].sort((a, b) => a - b);
}

function addFieldErrors(
  problem: (column: GoalImportColumn, error: FieldError) => void,
  errors: FieldErrors,
  columns: Record<string, GoalImportColumn>,
): void {
  for (const [field, error] of Object.entries(errors)) {
    const column = columns[field];
    if (column) problem(column, error);
  }
}

/** One problem per column and row: the first one found. */
function dedupe(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.column}|${p.error.code}|${JSON.stringify(p.error.params ?? {})}`;
    const columnKey = `${p.column}`;
    if (seen.has(columnKey) && p.error.code !== 'unknownDepartment') return false;
    seen.add(columnKey);
    seen.add(key);
    return true;
  });
}
