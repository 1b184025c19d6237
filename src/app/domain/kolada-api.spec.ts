import { createTestIndicator, createTestMeasurement } from '../testing/builders';
import {
  dataPaths,
  KoladaFigure,
  KoladaMalformed,
  koladaPlaces,
  linkedKpis,
  parseDataPage,
  parseGroupPage,
  parseKpiPage,
  planKoladaFetch,
  segments,
  storedComparisonGroup,
} from './kolada-api';
import { Measurement } from './model';

describe("Kolada's API: reading its answers and planning the values", () => {
  describe('parseDataPage', () => {
    const page = (values: unknown[], next?: unknown) => ({
      count: values.length,
      values,
      ...(next !== undefined ? { next_url: next } : {}),
    });
    const row = (values: unknown[], extra = {}) => ({
      kpi: 'N00945',
      municipality: '1380',
      period: 2025,
      values,
      ...extra,
    });

    const cases: [
      string,
      unknown,
      Partial<Record<'total' | 'women' | 'men', unknown>>[] | 'malformed',
      string | null,
    ][] = [
      [
        'T, K and M as total, women and men',
        page([
          row([
            { gender: 'T', value: 10.5, status: '', count: 1 },
            { gender: 'K', value: 12 },
            { gender: 'M', value: 9 },
          ]),
        ]),
        [{ total: { value: 10.5 }, women: { value: 12 }, men: { value: 9 } }],
        null,
      ],
      [
        'status "Missing" is saknas, never 0',
        page([
          row([
            { gender: 'T', value: 0, status: 'Missing' },
            { gender: 'K', value: null, status: '' },
          ]),
        ]),
        [{ total: { missing: true }, women: { missing: true } }],
        null,
      ],
      ['a deleted row is dropped', page([row([{ gender: 'T', value: 3 }], { isdeleted: true })]), [], null],
      [
        'a deleted value is dropped',
        page([
          row([
            { gender: 'T', value: 3 },
            { gender: 'K', value: null, is_deleted: 1 },
          ]),
        ]),
        [{ total: { value: 3 } }],
        null,
      ],
      [
        'the next page',
        page([], 'https://api.kolada.se/v3/data/kpi/N00945?page=2'),
        [],
        'https://api.kolada.se/v3/data/kpi/N00945?page=2',
      ],
      ['next_page (the older name) too', { values: [], next_page: '/p2' }, [], '/p2'],
      ['no values list', { count: 0 }, 'malformed', null],
      ['a value that is text', page([row([{ gender: 'T', value: '12' }])]), 'malformed', null],
      [
        'a row without its period',
        page([{ kpi: 'N00945', municipality: '1380', values: [] }]),
        'malformed',
        null,
      ],
      ['not an object', [1, 2], 'malformed', null],
    ];
    for (const [name, json, values, next] of cases) {
      it(name, () => {
        if (values === 'malformed') {
          expect(() => parseDataPage(json)).toThrowError(/unexpected shape/);
          return;
        }
        const parsed = parseDataPage(json);
        expect(parsed.items.map((f) => f.values)).toEqual(values as KoladaFigure['values'][]);
        expect(parsed.next).toBe(next);
      });
    }
  });

  it('reads a KPI: title, description, divided by gender, publication date', () => {
    const parsed = parseKpiPage({
      values: [
        {
          id: 'N00945',
          title: 'Invånare 0-19 år',
          description: 'Antal',
          is_divided_by_gender: true,
          publication_date: '2026-04-15',
        },
      ],
    });
    expect(parsed.items).toEqual([
      {
        id: 'N00945',
        title: 'Invånare 0-19 år',
        description: 'Antal',
        dividedByGender: true,
        publicationDate: '2026-04-15',
      },
    ]);
  });

  it('cuts id lists into segments of at most 25', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `N${String(i).padStart(5, '0')}`);
    expect(segments(ids).map((s) => s.length)).toEqual([25, 25, 10]);
    const paths = dataPaths(ids, ['1380', '0000'], [2024, 2025]);
    expect(paths.length).toBe(3);
    expect(paths[0]).toMatch(
      /^\/data\/kpi\/N00000,.*,N00024\/municipality\/1380,0000\/year\/2024,2025\?per_page=5000$/,
    );
  });

  it('compares with the county (00 and the first two digits), the country and a chosen group', () => {
    expect(koladaPlaces('1380')).toEqual({ own: '1380', county: '0013', country: '0000', group: null });
    expect(koladaPlaces('180', { id: 'G1', name: 'Liknande' }).county).toBe('0001');
    const result = planKoladaFetch(
      ['1380', '0013', '0000', 'G1'].map((municipality, n) => ({
        kpi: 'N00945',
        municipality,
        year: 2025,
        values: {
          total: { value: 50 + n },
          women: { value: 52 + n },
          men: n === 1 ? { missing: true } : { value: 48 + n },
        },
      })),
      {
        municipalityCode: '1380',
        group: { id: 'G1', name: 'Liknande kommuner' },
        indicators: [createTestIndicator({ id: 'i1', koladaKpi: 'N00945' })],
        measurements: [],
        fetchedAt: '2026-11-30T09:00:00.000Z',
      },
    );
    expect(result.writes[0].draft.peers).toEqual({
      county: { total: 51, women: 53, men: null },
      country: { total: 52, women: 54, men: 50 },
      group: { id: 'G1', name: 'Liknande kommuner', total: 53, women: 55, men: 51 },
    });
  });

  it('lists each linked KPI once', () => {
    expect(
      linkedKpis([
        { koladaKpi: 'N00945' },
        { koladaKpi: null },
        { koladaKpi: 'n00945' },
        { koladaKpi: 'U01410' },
      ]),
    ).toEqual(['N00945', 'U01410']);
  });

  describe('planKoladaFetch', () => {
    const indicator = createTestIndicator({ id: 'i1', planId: 'plan-1', koladaKpi: 'N00945' });
    const figure = (values: KoladaFigure['values'], municipality = '1380', year = 2025): KoladaFigure => ({
      kpi: 'N00945',
      municipality,
      year,
      values,
    });
    const stored = (over: Partial<Measurement>): Measurement =>
      ({
        id: 'i1__2025',
        orgId: 'org',
        version: 1,
        createdAt: '',
        createdBy: '',
        updatedAt: '',
        updatedBy: '',
        planId: 'plan-1',
        indicatorId: 'i1',
        year: 2025,
        total: 10,
        women: 12,
        men: 8,
        source: 'Kolada N00945',
        fetchedAt: '2026-11-01T08:00:00.000Z',
        missing: [],
        revisedFrom: null,
        ...over,
      }) as Measurement;
    const plan = (figures: KoladaFigure[], measurements: Measurement[] = []) =>
      planKoladaFetch(figures, {
        municipalityCode: '1380',
        indicators: [indicator],
        measurements,
        fetchedAt: '2026-11-30T09:00:00.000Z',
      });

    it('writes the own municipality’s values with their provenance; other municipalities are the comparison', () => {
      const result = plan([
        figure({ total: { value: 10 }, women: { value: 12 }, men: { value: 8 } }),
        figure({ total: { value: 11 } }, '0000'),
      ]);
      expect(result.writes.map((w) => w.draft)).toEqual([
        {
          id: 'i1__2025',
          planId: 'plan-1',
          indicatorId: 'i1',
          year: 2025,
          total: 10,
          women: 12,
          men: 8,
          source: 'Kolada N00945',
          fetchedAt: '2026-11-30T09:00:00.000Z',
          missing: [],
          peers: { county: null, country: { total: 11, women: null, men: null }, group: null },
          revisedFrom: null,
        },
      ]);
      expect(result.otherMunicipality).toBe(1);
      expect(result.revised).toEqual([]);
    });

    it('keeps "saknas" as saknas: null with the gender named, never 0', () => {
      const result = plan([
        figure({ total: { value: 10 }, women: { missing: true }, men: { missing: true } }),
      ]);
      expect(result.writes[0].draft).toEqual(
        jasmine.objectContaining({ total: 10, women: null, men: null, missing: ['women', 'men'] }),
      );
      expect(result.missing).toBe(2);
    });

    const revisions: [string, Partial<Measurement>, boolean][] = [
      ['the same figures: not revised', {}, false],
      ['Kolada changed a value since the last fetch: revised, with what it was', { women: 11 }, true],
      ['a value from a file import is replaced, not called revised', { women: 11, fetchedAt: null }, false],
    ];
    for (const [name, before, revised] of revisions) {
      it(name, () => {
        const result = plan(
          [figure({ total: { value: 10 }, women: { value: 12 }, men: { value: 8 } })],
          [stored(before)],
        );
        expect(result.revised).toEqual(revised ? ['i1__2025'] : []);
        expect(result.writes[0].draft.revisedFrom).toEqual(revised ? { total: 10, women: 11, men: 8 } : null);
        expect(result.writes[0].existing?.id).toBe('i1__2025');
      });
    }
  });

  describe('the comparison group', () => {
    it('parseGroupPage: id and title of each group; a group without them is malformed', () => {
      expect(
        parseGroupPage({ values: [{ id: 'G1', title: 'Liknande kommuner', members: [] }] }).items,
      ).toEqual([{ id: 'G1', name: 'Liknande kommuner' }]);
      expect(() => parseGroupPage({ values: [{ title: 'utan id' }] })).toThrowError(KoladaMalformed);
    });

    const group = (id: string | undefined, name: string) => ({ id, name, total: 1, women: 1, men: 1 });
    const stored: [string, Partial<Measurement>[], string | null][] = [
      ['none fetched', [], null],
      [
        'the latest fetch’s group',
        [
          {
            fetchedAt: '2026-10-01T00:00:00Z',
            peers: { county: null, country: null, group: group('G1', 'Förr') },
          },
          {
            fetchedAt: '2026-11-01T00:00:00Z',
            peers: { county: null, country: null, group: group('G2', 'Nu') },
          },
        ],
        'G2',
      ],
      [
        'a group stored without its id (before it could be chosen) is no choice',
        [
          {
            fetchedAt: '2026-11-01T00:00:00Z',
            peers: { county: null, country: null, group: group(undefined, 'Demo') },
          },
        ],
        null,
      ],
      ['a file import has no group', [{ fetchedAt: null, peers: null }], null],
    ];
    for (const [name, measurements, expected] of stored) {
      it(`storedComparisonGroup: ${name}`, () => {
        const found = storedComparisonGroup(measurements.map((m) => createTestMeasurement(m)));
        expect(found?.id ?? null).toBe(expected);
      });
    }
  });
});
