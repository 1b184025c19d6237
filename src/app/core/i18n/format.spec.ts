import { countKey, formatDate, formatDateTime, formatMessageParams, formatNumber } from './format';

describe('locale formatting', () => {
  const NBSP = '\u00a0';
  const numbers: [number | null, string, string][] = [
    [1234.5, 'sv-SE', `1${NBSP}234,5`],
    [1234.5, 'en-GB', '1,234.5'],
    [-12.25, 'sv-SE', '−12,3'],
    [0, 'sv-SE', '0'],
    [null, 'sv-SE', '–'],
    [Number.NaN, 'sv-SE', '–'],
  ];
  for (const [value, locale, expected] of numbers) {
    it(`formats ${value} in ${locale} as ${expected}`, () => {
      expect(formatNumber(value, locale)).toBe(expected);
    });
  }

  it('formats Swedish dates as ISO calendar dates', () => {
    expect(formatDate('2026-11-22', 'sv-SE')).toBe('2026-11-22');
    expect(formatDate(new Date(2026, 0, 5), 'sv-SE')).toBe('2026-01-05');
  });

  it('formats English dates with a month name', () => {
    expect(formatDate('2026-11-22', 'en-GB')).toBe('22 Nov 2026');
  });

  it('shows a dash for missing or broken dates', () => {
    expect(formatDate('', 'sv-SE')).toBe('–');
    expect(formatDate('not a date', 'sv-SE')).toBe('–');
  });
});

describe('formatDateTime', () => {
  it('shows an instant in local time as yyyy-mm-dd hh:mm', () => {
    const local = new Date(2026, 10, 22, 14, 5);
    expect(formatDateTime(local.toISOString())).toBe('2026-11-22 14:05');
  });

  it('shows a dash for a broken timestamp', () => expect(formatDateTime('x')).toBe('–'));
});

describe('formatMessageParams', () => {
  const cases: [string, number, string, string][] = [
    ['a count of five digits is grouped in Swedish', 10001, 'sv-SE', '10\u00a0001'],
    ['a four-digit limit (or year) is not', 2000, 'sv-SE', '2000'],
    ['a decimal gets a comma', 12.5, 'sv-SE', '12,5'],
    ['English groups with a comma', 50000, 'en-GB', '50,000'],
  ];
  for (const [name, value, locale, expected] of cases) {
    it(name, () => expect(formatMessageParams({ n: value }, locale)['n']).toBe(expected));
  }

  it('leaves text alone', () =>
    expect(formatMessageParams({ name: 'SOF' }, 'sv-SE')).toEqual({ name: 'SOF' }));
});

describe('countKey', () => {
  const cases: [number, string][] = [
    [0, 'goalImport.rowProblems'],
    [1, 'goalImport.rowProblems_one'],
    [2, 'goalImport.rowProblems'],
    [21, 'goalImport.rowProblems'],
  ];
  for (const [count, expected] of cases) {
    it(`uses ${expected} for ${count}`, () =>
      expect(countKey('goalImport.rowProblems', count)).toBe(expected));
  }
});
