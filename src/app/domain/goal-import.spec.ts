import { createTestDepartment, createTestFocusArea, createTestGoal } from '../testing/builders';
import { GOAL_IMPORT_COLUMNS, GOAL_IMPORT_HEADERS } from './goal-import-columns';
import { GoalImportContext, MAX_IMPORT_ROWS, planGoalImport, problemRows } from './goal-import';

const HEADER = GOAL_IMPORT_COLUMNS.map((c) => GOAL_IMPORT_HEADERS[c][0]);

/** A row in template order; only what a test is about needs saying. */
function row(values: Partial<Record<(typeof GOAL_IMPORT_COLUMNS)[number], string>>): string[] {
  return GOAL_IMPORT_COLUMNS.map((c) => values[c] ?? '');
}

const GOOD = {
  focusArea: 'Språk och utbildning',
  goal: 'Fler klarar SFI',
  leadDepartment: 'Socialförvaltningen',
  indicator: 'Andel godkända',
  unit: '%',
  baselineValue: '41,5',
  baselineYear: '2024',
  targetValue: '60',
  targetYear: '2028',
  direction: 'öka',
  genderDisaggregated: 'ja',
  koladaKpi: 'n00945',
};

function context(): GoalImportContext {
  let n = 0;
  return {
    planId: 'plan-1',
    focusAreas: [createTestFocusArea({ id: 'fa-1', title: 'Språk och utbildning', order: 1 })],
    goals: [
      createTestGoal({
        id: 'goal-1',
        focusAreaId: 'fa-1',
        title: 'Fler nyanlända når egen försörjning',
        order: 3,
      }),
    ],
    departments: [
      createTestDepartment({ id: 'dep-1', name: 'Socialförvaltningen', shortName: 'SOF' }),
      createTestDepartment({ id: 'dep-2', name: 'Arbetsmarknadsförvaltningen', shortName: 'AMF' }),
      createTestDepartment({ id: 'dep-3', name: 'Nedlagda förvaltningen', shortName: 'NF', active: false }),
    ],
    newId: (kind) => `${kind}-new-${++n}`,
  };
}

describe('planGoalImport', () => {
  it('reads a good row into a goal in the existing focus area and its indicator', () => {
    const result = planGoalImport([HEADER, row(GOOD)], context());
    expect(result.problems).toEqual([]);
    expect(result.rowCount).toBe(1);
    expect(result.focusAreas).toEqual([]);
    expect(result.goals.length).toBe(1);
    expect(result.goals[0]).toEqual(
      jasmine.objectContaining({
        planId: 'plan-1',
        focusAreaId: 'fa-1',
        title: 'Fler klarar SFI',
        leadDepartmentId: 'dep-1',
        order: 4,
        targetYear: null,
      }),
    );
    expect(result.indicators).toEqual([
      jasmine.objectContaining({
        goalId: result.goals[0].id,
        baselineValue: 41.5,
        targetValue: 60,
        direction: 'increase',
        genderDisaggregated: true,
        koladaKpi: 'N00945',
        source: 'Kolada',
      }),
    ]);
  });

  it('creates a focus area named for the first time, once, and adds further indicators to a repeated goal', () => {
    const area = { ...GOOD, focusArea: 'Trygghet  ', goal: 'Färre känner sig otrygga' };
    const result = planGoalImport(
      [
        HEADER,
        row(area),
        row({ ...area, focusArea: 'trygghet', indicator: 'Andel otrygga', direction: 'minska' }),
        row({ ...area, goal: 'Fler trygga mötesplatser', indicator: '' }),
      ],
      context(),
    );
    expect(result.problems).toEqual([]);
    expect(result.focusAreas.map((a) => [a.title, a.order])).toEqual([['Trygghet', 2]]);
    expect(result.goals.map((g) => [g.title, g.focusAreaId, g.order])).toEqual([
      ['Färre känner sig otrygga', result.focusAreas[0].id, 0],
      ['Fler trygga mötesplatser', result.focusAreas[0].id, 1],
    ]);
    expect(result.indicators.map((i) => [i.name, i.goalId, i.direction])).toEqual([
      ['Andel godkända', result.goals[0].id, 'increase'],
      ['Andel otrygga', result.goals[0].id, 'decrease'],
    ]);
  });

  it('accepts English headers, short department names and contributing departments', () => {
    const header = GOAL_IMPORT_COLUMNS.map((c) => GOAL_IMPORT_HEADERS[c][1].toUpperCase());
    const result = planGoalImport(
      [
        header,
        row({ ...GOOD, leadDepartment: 'amf', contributingDepartments: 'SOF; Arbetsmarknadsförvaltningen' }),
      ],
      context(),
    );
    expect(result.problems).toEqual([]);
    expect(result.goals[0].leadDepartmentId).toBe('dep-2');
    expect(result.goals[0].contributingDepartmentIds).toEqual(['dep-1']);
  });

  const bad: [string, Partial<Record<(typeof GOAL_IMPORT_COLUMNS)[number], string>>, string, string][] = [
    ['an empty goal', { goal: '   ' }, 'goal', 'required'],
    [
      'an unknown lead department',
      { leadDepartment: 'Kulturförvaltningen' },
      'leadDepartment',
      'unknownDepartment',
    ],
    ['an inactive department', { leadDepartment: 'NF' }, 'leadDepartment', 'unknownDepartment'],
    ['no lead department', { leadDepartment: '' }, 'leadDepartment', 'required'],
    [
      'an unknown contributing department',
      { contributingDepartments: 'SOF, XYZ' },
      'contributingDepartments',
      'unknownDepartment',
    ],
    ['letters as a number', { baselineValue: '12a' }, 'baselineValue', 'notANumber'],
    ['Infinity', { targetValue: 'Infinity' }, 'targetValue', 'notANumber'],
    ['a huge number', { targetValue: '1e300' }, 'targetValue', 'notANumber'],
    ['a target year before the baseline year', { targetYear: '2020' }, 'targetYear', 'yearOrder'],
    ['a year with decimals', { baselineYear: '2024,5' }, 'baselineYear', 'notAnInteger'],
    ['an unknown direction', { direction: 'sidleds' }, 'direction', 'invalidChoice'],
    ['a yes/no that is neither', { genderDisaggregated: 'kanske' }, 'genderDisaggregated', 'invalidChoice'],
    ['a malformed Kolada id', { koladaKpi: 'X123' }, 'koladaKpi', 'invalidKpi'],
    ['an indicator without unit', { unit: '' }, 'unit', 'required'],
    ['a goal of 10 000 characters', { goal: 'x'.repeat(10_000) }, 'goal', 'tooLong'],
    ['an article the charter does not have', { cemrArticles: '11; 31' }, 'cemrArticles', 'unknownTag'],
    ['a target Agenda 2030 does not have', { sdgTargets: '5.5, 5.9' }, 'sdgTargets', 'unknownTag'],
    [
      'a goal that already exists there',
      { goal: 'fler nyanlända når egen försörjning' },
      'goal',
      'duplicate',
    ],
  ];
  for (const [name, values, column, code] of bad) {
    it(`names the row and column of ${name}, and imports nothing`, () => {
      const result = planGoalImport(
        [HEADER, row(GOOD), row({ ...GOOD, goal: 'Annat mål', ...values })],
        context(),
      );
      expect(result.problems).toContain(
        jasmine.objectContaining({ row: 3, column, error: jasmine.objectContaining({ code }) }),
      );
      expect(problemRows(result.problems)).toEqual([3]);
      expect(result.goals).toEqual([]);
      expect(result.indicators).toEqual([]);
      expect(result.focusAreas).toEqual([]);
    });
  }

  it('reads the CEMR articles and Agenda 2030 targets into the goal’s tags', () => {
    const result = planGoalImport(
      [HEADER, row({ ...GOOD, cemrArticles: 'Artikel 22; 11', sdgTargets: '5.2, SDG 16.1, mål 5' })],
      context(),
    );
    expect(result.problems).toEqual([]);
    expect(result.goals[0].tags).toEqual(['cemr:11', 'cemr:22', 'sdg:5', 'sdg:5.2', 'sdg:16.1']);
  });

  it('names every bad row, counting blank rows as the spreadsheet does', () => {
    const result = planGoalImport(
      [
        [],
        HEADER,
        row(GOOD),
        row({ ...GOOD, goal: 'B', leadDepartment: 'Okänd' }),
        [''],
        row({ ...GOOD, goal: 'C', baselineValue: 'NaN' }),
      ],
      context(),
    );
    expect(problemRows(result.problems)).toEqual([4, 6]);
    expect(result.rowCount).toBe(4 - 1);
  });

  it('keeps HTML and script as plain text (shown as text by the UI, never run)', () => {
    const result = planGoalImport([HEADER, row({ ...GOOD, goal: '<script>alert(1)</script>' })], context());
    expect(result.problems).toEqual([]);
    expect(result.goals[0].title).toBe('<script>alert(1)</script>');
  });

  const fileProblems: [string, string[][], string][] = [
    ['an empty file', [], 'emptyFile'],
    ['a file of blank rows', [[''], ['', ' ']], 'emptyFile'],
    ['a header without rows', [HEADER], 'emptyFile'],
    [
      'a file without the required columns',
      [
        ['Namn', 'Värde'],
        ['a', '1'],
      ],
      'missingColumn',
    ],
  ];
  for (const [name, table, code] of fileProblems) {
    it(`says what is wrong with ${name}`, () => {
      const result = planGoalImport(table, context());
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems[0].error.code).toBe(code as never);
      expect(result.goals).toEqual([]);
    });
  }

  it('names each missing column', () => {
    const result = planGoalImport([['Mål'], ['A']], context());
    expect(result.problems.map((p) => p.error.params?.['column'])).toEqual([
      'Insatsområde',
      'Ansvarig förvaltning',
    ]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows without reading them one by one`, () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => row({ ...GOOD, goal: `Mål ${i}` }));
    const result = planGoalImport([HEADER, ...rows], context());
    expect(result.problems).toEqual([
      {
        row: 0,
        column: null,
        error: { code: 'tooManyRows', params: { max: MAX_IMPORT_ROWS, count: 50_000 } },
      },
    ]);
  });

  it('imports 20 goals from one file', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row({ ...GOOD, goal: `Mål ${i + 1}` }));
    const result = planGoalImport([HEADER, ...rows], context());
    expect(result.problems).toEqual([]);
    expect(result.goals.length).toBe(20);
    expect(result.indicators.length).toBe(20);
    expect(new Set(result.goals.map((g) => g.order)).size).toBe(20);
  });
});
