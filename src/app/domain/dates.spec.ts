import { daysUntil } from './dates';

describe('daysUntil', () => {
  const cases: [Date, string, number][] = [
    [new Date(2026, 10, 22, 8), '2026-11-22', 0],
    [new Date(2026, 10, 22, 23, 59), '2026-11-23', 1],
    [new Date(2026, 10, 22), '2027-01-20', 59],
    [new Date(2026, 10, 22), '2026-11-08', -14],
    [new Date(2026, 2, 28), '2026-03-30', 2], // across the switch to summer time
  ];
  for (const [today, date, expected] of cases) {
    it(`${date} is ${expected} days from ${today.toDateString()}`, () =>
      expect(daysUntil(today, date)).toBe(expected));
  }
});
