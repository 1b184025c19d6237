import { createTestIndicator } from '../testing/builders';
import { KoladaContext, planKoladaImport } from './kolada-import';
import { Measurement } from './model';

const HEADER = ['KPI', 'Kommun', 'År', 'Kön', 'Värde'];

function context(measurements: Measurement[] = []): KoladaContext {
  return {
    municipalityCode: '1380',
    indicators: [
      createTestIndicator({ id: 'i1', planId: 'plan-1', koladaKpi: 'N00945' }),
      createTestIndicator({ id: 'i2', planId: 'plan-2', koladaKpi: 'N00945' }),
      createTestIndicator({ id: 'i3', koladaKpi: null }),
    ],
    measurements,
  };
}

describe('planKoladaImport', () => {
  it('gathers total, women and men of one KPI and year into one value per indicator using it', () => {
    const result = planKoladaImport(
      [
        HEADER,
        ['N00945', '1380', '2025', 'T', '61,2'],
        ['N00945', '1380', '2025', 'K', '63.0'],
        ['n00945', '1380', '2025', 'M', '59,4'],
      ],
      context(),
    );
    expect(result.problems).toEqual([]);
    expect(result.writes.map((w) => w.draft)).toEqual([
      {
        id: 'i1__2025',
        planId: 'plan-1',
        indicatorId: 'i1',
        year: 2025,
        total: 61.2,
        women: 63,
        men: 59.4,
        source: 'Kolada N00945',
        fetchedAt: null,
        missing: [],
        revisedFrom: null,
        peers: null,
      },
      {
        id: 'i2__2025',
        planId: 'plan-2',
        indicatorId: 'i2',
        year: 2025,
        total: 61.2,
        women: 63,
        men: 59.4,
        source: 'Kolada N00945',
        fetchedAt: null,
        missing: [],
        revisedFrom: null,
        peers: null,
      },
    ]);
  });

  it('skips other municipalities and KPIs no indicator uses, and counts them', () => {
    const result = planKoladaImport(
      [
        ['kpi', 'municipality', 'year', 'gender', 'value'],
        ['N00945', '1280', '2025', 'T', '50'],
        ['N00001', '1380', '2025', 'T', '12'],
        ['N00945', '1380', '2024', 'T', '58'],
        ['N00945', '1380', '2023', 'T', ''],
      ],
      context(),
    );
    expect(result.problems).toEqual([]);
    expect(result.otherMunicipality).toBe(1);
    expect(result.unusedKpis).toEqual(['N00001']);
    expect(result.writes.map((w) => w.draft.id)).toEqual(['i1__2024', 'i2__2024']);
  });

  it('updates a stored value (same indicator and year) instead of adding another', () => {
    const stored = { id: 'i1__2025', version: 4 } as Measurement;
    const result = planKoladaImport([HEADER, ['N00945', '1380', '2025', 'T', '61']], context([stored]));
    expect(result.writes[0].existing).toBe(stored);
    expect(result.writes[1].existing).toBeNull();
  });

  const bad: [string, string[], string, string][] = [
    ['a malformed KPI', ['X945', '1380', '2025', 'T', '1'], 'kpi', 'invalidKpi'],
    ['a year that is not one', ['N00945', '1380', '20x5', 'T', '1'], 'year', 'outOfRange'],
    ['an unknown gender', ['N00945', '1380', '2025', 'X', '1'], 'gender', 'invalidChoice'],
    ['letters as a value', ['N00945', '1380', '2025', 'T', 'hög'], 'value', 'notANumber'],
    ['a second, different total', ['N00945', '1380', '2025', 'T', '70'], 'value', 'duplicate'],
  ];
  for (const [name, row, column, code] of bad) {
    it(`names the row with ${name} and writes nothing`, () => {
      const result = planKoladaImport([HEADER, ['N00945', '1380', '2025', 'T', '61'], row], context());
      expect(result.problems).toEqual([
        jasmine.objectContaining({
          row: 3,
          column: column as never,
          error: jasmine.objectContaining({ code: code as never }),
        }),
      ]);
      expect(result.writes).toEqual([]);
    });
  }

  it('says which columns are missing and when the file is empty', () => {
    expect(
      planKoladaImport([['KPI', 'Värde']], context()).problems.map((p) => p.error.params?.['column']),
    ).toEqual(['Kommun', 'År', 'Kön']);
    expect(planKoladaImport([], context()).problems[0].error.code).toBe('emptyFile');
    expect(planKoladaImport([HEADER], context()).problems[0].error.code).toBe('emptyFile');
  });
});
