import {
  createTestActivity,
  createTestIndicator,
  createTestMember,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import {
  FieldErrors,
  isIsoDate,
  parseLocaleNumber,
  validateActivity,
  validateComment,
  validateIndicator,
  validateMember,
  validatePeriod,
  validatePlan,
  validateReport,
} from './validation';

describe('parseLocaleNumber', () => {
  const accepted: [string | number | null, number | null][] = [
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234 567', 1234567],
    ['  42  ', 42],
    ['-3,2', -3.2],
    ['\u22123,2', -3.2],
    ['+7', 7],
    ['0', 0],
    ['-0', 0],
    ['', null],
    ['   ', null],
    [null, null],
    [17.25, 17.25],
  ];
  for (const [input, expected] of accepted) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
      expect(parseLocaleNumber(input)).toEqual({ ok: true, value: expected });
    });
  }

  const refused: [string | number, string][] = [
    ['abc', 'notANumber'],
    ['12a', 'notANumber'],
    ['1,2,3', 'notANumber'],
    ['1.234,5', 'notANumber'],
    ['1 23', 'notANumber'],
    ['NaN', 'notANumber'],
    ['Infinity', 'notANumber'],
    [Number.POSITIVE_INFINITY, 'notANumber'],
    [Number.NaN, 'notANumber'],
    ['1e5', 'notANumber'],
    ['<script>', 'notANumber'],
    ['9'.repeat(20), 'tooLarge'],
  ];
  for (const [input, code] of refused) {
    it(`refuses ${JSON.stringify(input)} with ${code}`, () => {
      const result = parseLocaleNumber(input);
      expect(result.ok).toBeFalse();
      if (!result.ok) expect(result.error.code).toBe(code as never);
    });
  }
});

describe('isIsoDate', () => {
  const cases: [unknown, boolean][] = [
    ['2026-11-22', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['22/11/2026', false],
    ['', false],
    [null, false],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} is ${expected ? '' : 'not '}a date`, () =>
      expect(isIsoDate(value)).toBe(expected));
  }
});

function codes(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, e]) => [field, e.code]));
}

describe('validatePlan', () => {
  const cases: [string, object, Record<string, string>][] = [
    ['a valid plan', {}, {}],
    ['empty title', { title: '' }, { title: 'required' }],
    ['whitespace-only title', { title: '   ' }, { title: 'required' }],
    ['a 10 000 character title', { title: 'x'.repeat(10000) }, { title: 'tooLong' }],
    ['years in the wrong order', { validFrom: 2027, validTo: 2024 }, { validTo: 'yearOrder' }],
    ['a fractional year', { validFrom: 2024.5 }, { validFrom: 'notAnInteger' }],
    ['an unknown theme', { theme: 'climate' }, { theme: 'invalidChoice' }],
    ['adopted without a date', { status: 'adopted', adoptedOn: null }, { adoptedOn: 'required' }],
    ['a draft needs no date', { status: 'draft', adoptedOn: null }, {}],
    ['a broken date', { adoptedOn: '2024-02-30' }, { adoptedOn: 'invalidDate' }],
  ];
  for (const [name, overrides, expected] of cases) {
    it(name, () => expect(codes(validatePlan({ ...createTestPlan(), ...overrides }))).toEqual(expected));
  }

  it('says how long the text may be', () => {
    expect(validatePlan({ ...createTestPlan(), title: 'x'.repeat(201) })['title']).toEqual({
      code: 'tooLong',
      params: { max: 200, length: 201 },
    });
  });
});

describe('validateIndicator', () => {
  const cases: [string, object, Record<string, string>][] = [
    ['a valid indicator', {}, {}],
    ['no KPI id is fine', { koladaKpi: null }, {}],
    ['a malformed KPI id', { koladaKpi: 'N945' }, { koladaKpi: 'invalidKpi' }],
    ['a missing target', { targetValue: null }, { targetValue: 'required' }],
    ['NaN as baseline', { baselineValue: Number.NaN }, { baselineValue: 'notANumber' }],
    ['a huge value', { targetValue: 1e15 }, { targetValue: 'tooLarge' }],
    [
      'target year before baseline year',
      { baselineYear: 2026, targetYear: 2020 },
      { targetYear: 'yearOrder' },
    ],
    ['an unknown direction', { direction: 'sideways' }, { direction: 'invalidChoice' }],
    ['no unit', { unit: '' }, { unit: 'required' }],
    ["Kolada's series with a KPI", { officialSeries: 'kolada', koladaKpi: 'N00945' }, {}],
    [
      "Kolada's series without a KPI",
      { officialSeries: 'kolada', koladaKpi: null },
      { officialSeries: 'required' },
    ],
    ['an unknown series', { officialSeries: 'guessed' }, { officialSeries: 'invalidChoice' }],
  ];
  for (const [name, overrides, expected] of cases) {
    it(name, () =>
      expect(codes(validateIndicator({ ...createTestIndicator(), ...overrides }))).toEqual(expected),
    );
  }
});

describe('validateActivity and validatePeriod', () => {
  it('refuses an activity that ends before it starts', () => {
    const errors = validateActivity({
      ...createTestActivity(),
      startsOn: '2026-06-01',
      endsOn: '2026-05-01',
    });
    expect(codes(errors)).toEqual({ endsOn: 'dateOrder' });
  });

  it('refuses a negative budget and accepts none', () => {
    expect(codes(validateActivity({ ...createTestActivity(), budgetSek: -1 }))).toEqual({
      budgetSek: 'tooSmall',
    });
    expect(codes(validateActivity({ ...createTestActivity(), budgetSek: null }))).toEqual({});
  });

  it('refuses a deadline before the period opens', () => {
    const errors = validatePeriod({ ...createTestPeriod(), opensOn: '2026-05-01', deadline: '2026-04-20' });
    expect(codes(errors)).toEqual({ deadline: 'dateOrder' });
  });
});

describe('validateMember', () => {
  const cases: [string, object, Record<string, string>][] = [
    ['a valid member', {}, {}],
    ['no roles', { roles: [] }, { roles: 'atLeastOne' }],
    ['an invented role', { roles: ['superuser'] }, { roles: 'invalidChoice' }],
    [
      'a reporter without a department',
      { roles: ['reporter'], departmentIds: [] },
      { departmentIds: 'atLeastOne' },
    ],
    ['a committee member needs no department', { roles: ['committee'], departmentIds: [] }, {}],
    ['a broken email', { email: 'anna.example.org' }, { email: 'invalidEmail' }],
  ];
  for (const [name, overrides, expected] of cases) {
    it(name, () => expect(codes(validateMember({ ...createTestMember(), ...overrides }))).toEqual(expected));
  }
});

describe('validateReport', () => {
  const indicators = [
    createTestIndicator({ id: 'pct', unit: '%', genderDisaggregated: true }),
    createTestIndicator({ id: 'count', unit: 'st', genderDisaggregated: false }),
  ];
  const report = (overrides: object) => ({
    ...createTestReport(),
    analysis: 'Läget är stabilt.',
    ...overrides,
  });
  const cases: [string, object, boolean, Record<string, string>][] = [
    ['an empty draft is fine', { analysis: '' }, false, {}],
    ['submitting needs an analysis', { analysis: '  ' }, true, { analysis: 'required' }],
    ['a valid submission', {}, true, {}],
    ['progress above 100 %', { progress: 120 }, false, { progress: 'outOfRange' }],
    ['a 10 000 character analysis', { analysis: 'x'.repeat(10001) }, false, { analysis: 'tooLong' }],
    ['a javascript: link', { documentUrl: 'javascript:alert(1)' }, false, { documentUrl: 'invalidUrl' }],
    ['an https link', { documentUrl: 'https://example.org/rapport.pdf' }, true, {}],
    [
      'an HTTPS link in capitals (the rules accept it too)',
      { documentUrl: 'HTTPS://EXAMPLE.ORG/R.pdf' },
      true,
      {},
    ],
    [
      'a link with a space (the rules refuse it too)',
      { documentUrl: 'https://example.org/a b' },
      false,
      { documentUrl: 'invalidUrl' },
    ],
    ['an ftp link', { documentUrl: 'ftp://example.org/r.pdf' }, false, { documentUrl: 'invalidUrl' }],
    [
      'a percentage above 100 for women',
      { indicatorValues: [{ indicatorId: 'pct', women: 130, men: 50, total: 60 }] },
      false,
      { 'values.pct.women': 'outOfRange' },
    ],
    [
      'counts may exceed 100, but not be NaN',
      { indicatorValues: [{ indicatorId: 'count', total: Number.NaN, women: null, men: null }] },
      false,
      { 'values.count.total': 'notANumber' },
    ],
    [
      'an indicator value that is not one (written from a console)',
      { indicatorValues: [null] },
      false,
      { indicatorValues: 'malformed' },
    ],
    [
      'an equality analysis that is not text',
      { indicatorValues: [{ indicatorId: 'pct', women: 50, men: 50, total: 50, equalityAnalysis: 3 }] },
      false,
      { indicatorValues: 'malformed' },
    ],
    [
      'a total that is text',
      { indicatorValues: [{ indicatorId: 'count', total: 'lots', women: null, men: null }] },
      false,
      { indicatorValues: 'malformed' },
    ],
    [
      'an indicator given twice',
      {
        indicatorValues: [
          { indicatorId: 'count', total: 1, women: null, men: null },
          { indicatorId: 'count', total: 2, women: null, men: null },
        ],
      },
      false,
      { indicatorValues: 'malformed' },
    ],
    [
      'values that are not a list',
      { indicatorValues: { count: 1 } },
      false,
      { indicatorValues: 'malformed' },
    ],
    [
      'a draft may leave women and men empty',
      { indicatorValues: [{ indicatorId: 'pct', women: null, men: 50, total: 55 }] },
      false,
      {},
    ],
    [
      'submitting without the value for women needs a stated reason',
      { indicatorValues: [{ indicatorId: 'pct', women: null, men: 50, total: 55 }] },
      true,
      { 'values.pct.women': 'genderValueMissing' },
    ],
    [
      'submitting without either value names both',
      { indicatorValues: [{ indicatorId: 'pct', women: null, men: null, total: 55 }] },
      true,
      { 'values.pct.women': 'genderValueMissing', 'values.pct.men': 'genderValueMissing' },
    ],
    [
      'missing values are allowed with the reason stated (not every figure is known yet)',
      {
        indicatorValues: [
          {
            indicatorId: 'pct',
            women: null,
            men: null,
            total: null,
            missingReason: 'SCB publicerar i mars.',
          },
        ],
      },
      true,
      {},
    ],
    [
      'a reason that is only spaces is no reason',
      { indicatorValues: [{ indicatorId: 'pct', women: null, men: 50, total: 55, missingReason: '  ' }] },
      true,
      { 'values.pct.missingReason': 'required' },
    ],
    [
      'a reason is kept short',
      {
        indicatorValues: [
          { indicatorId: 'pct', women: 40, men: 50, total: 45, missingReason: 'x'.repeat(501) },
        ],
      },
      false,
      { 'values.pct.missingReason': 'tooLong' },
    ],
    [
      'an indicator not split by gender needs no women and men',
      { indicatorValues: [{ indicatorId: 'count', women: null, men: null, total: 12 }] },
      true,
      {},
    ],
  ];
  for (const [name, overrides, forSubmit, expected] of cases) {
    it(name, () => expect(codes(validateReport(report(overrides), indicators, forSubmit))).toEqual(expected));
  }

  it('requires a comment to return a report', () => {
    expect(codes(validateComment(' '))).toEqual({ comment: 'required' });
    expect(codes(validateComment('Komplettera med siffror för kvinnor och män.'))).toEqual({});
  });
});
