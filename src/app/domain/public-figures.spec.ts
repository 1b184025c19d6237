import { countsPeople } from './indicator';
import { acrossVersions, PublicFigures, publicFigures } from './public-figures';

describe('publicFigures (what a published indicator value may show)', () => {
  interface Row {
    name: string;
    unit: string;
    /** The indicator's own answer; absent: judged by the unit (indicators made before it was asked). */
    countsPeople?: boolean;
    total: number | null;
    women: number | null;
    men: number | null;
    expected: PublicFigures;
  }
  const rows: Row[] = [
    {
      name: 'a percentage shows everything, whatever its size',
      unit: '%',
      total: 3,
      women: 2,
      men: 4,
      expected: { total: 3, women: 2, men: 4, gap: -2 },
    },
    {
      name: 'counts of 5 and more show everything',
      unit: 'personer',
      total: 25,
      women: 5,
      men: 20,
      expected: { total: 25, women: 5, men: 20, gap: -15 },
    },
    {
      name: "women's count of 1–4 is 'fewer than 5'; men's is withheld beside a total (it would give hers away); no gap",
      unit: 'personer',
      total: 25,
      women: 4,
      men: 21,
      expected: { total: 25, women: 'fewer-than-5', men: 'withheld', gap: null },
    },
    {
      name: "men's count of 1 in 'st'",
      unit: 'st',
      total: 40,
      women: 39,
      men: 1,
      expected: { total: 40, women: 'withheld', men: 'fewer-than-5', gap: null },
    },
    {
      name: 'without a total the other count cannot give the small one away',
      unit: 'st',
      total: null,
      women: 3,
      men: 30,
      expected: { total: null, women: 'fewer-than-5', men: 30, gap: null },
    },
    {
      name: 'both small: both fewer than 5, and the total withheld (8 would give away 4 and 4)',
      unit: 'antal',
      total: 6,
      women: 2,
      men: 4,
      expected: { total: 'withheld', women: 'fewer-than-5', men: 'fewer-than-5', gap: null },
    },
    {
      name: 'both small, total 8: withheld',
      unit: 'personer',
      total: 8,
      women: 4,
      men: 4,
      expected: { total: 'withheld', women: 'fewer-than-5', men: 'fewer-than-5', gap: null },
    },
    {
      name: 'both small beside a total of 10 or more (others counted too): the total gives neither away',
      unit: 'personer',
      total: 12,
      women: 3,
      men: 4,
      expected: { total: 12, women: 'fewer-than-5', men: 'fewer-than-5', gap: null },
    },
    {
      name: 'zero is not a small count (nobody to single out)',
      unit: 'personer',
      total: 12,
      women: 0,
      men: 12,
      expected: { total: 12, women: 0, men: 12, gap: -12 },
    },
    {
      name: 'a small total of a count is fewer than 5 too; a zero beside it gives nothing away',
      unit: 'personer',
      total: 3,
      women: 0,
      men: 3,
      expected: { total: 'fewer-than-5', women: 0, men: 'fewer-than-5', gap: null },
    },
    {
      name: 'missing values stay missing',
      unit: 'personer',
      total: 10,
      women: null,
      men: null,
      expected: { total: 10, women: null, men: null, gap: null },
    },
    {
      name: "an indicator that says it counts persons, whatever its unit ('deltagare')",
      unit: 'deltagare',
      countsPeople: true,
      total: 30,
      women: 2,
      men: 28,
      expected: { total: 30, women: 'fewer-than-5', men: 'withheld', gap: null },
    },
    {
      name: "'antal personer' counted as persons once the indicator says so",
      unit: 'antal personer',
      countsPeople: true,
      total: 7,
      women: 3,
      men: 4,
      expected: { total: 'withheld', women: 'fewer-than-5', men: 'fewer-than-5', gap: null },
    },
    {
      name: "an indicator that says it does not count persons, even in 'st' (e.g. meetings held)",
      unit: 'st',
      countsPeople: false,
      total: 3,
      women: 1,
      men: 2,
      expected: { total: 3, women: 1, men: 2, gap: -1 },
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const counts = countsPeople({ unit: row.unit, countsPeople: row.countsPeople });
      expect(publicFigures(counts, { total: row.total, women: row.women, men: row.men })).toEqual(
        row.expected,
      );
    });
  }
});

describe('acrossVersions (a correction of a period already published gives no hidden count away)', () => {
  const all = (total: number, women: number, men: number): PublicFigures => ({
    total,
    women,
    men,
    gap: women - men,
  });
  const rows: {
    name: string;
    counts: boolean;
    earlier: (PublicFigures | null)[];
    now: PublicFigures;
    expected: PublicFigures;
  }[] = [
    {
      name: 'a first version is as publicFigures made it',
      counts: true,
      earlier: [],
      now: { total: 12, women: 'fewer-than-5', men: 'withheld', gap: null },
      expected: { total: 12, women: 'fewer-than-5', men: 'withheld', gap: null },
    },
    {
      name: 'nothing hidden in any version: shown as it is',
      counts: true,
      earlier: [all(15, 6, 9)],
      now: all(16, 7, 9),
      expected: all(16, 7, 9),
    },
    {
      // v1: total 12, women <5, men withheld. A v2 showing men 9 would give v1's women away (12 − 9).
      name: 'an earlier version hid a count: this one hides all three',
      counts: true,
      earlier: [{ total: 12, women: 'fewer-than-5', men: 'withheld', gap: null }],
      now: all(15, 6, 9),
      expected: { total: 'withheld', women: 'withheld', men: 'withheld', gap: null },
    },
    {
      // v1 showed men 9; a v2 total of 12 beside it would give v2's women away (12 − 9).
      name: 'this version hides a count that an earlier one showed: all three hidden, fewer than 5 kept',
      counts: true,
      earlier: [all(15, 6, 9)],
      now: { total: 12, women: 'fewer-than-5', men: 'withheld', gap: null },
      expected: { total: 'withheld', women: 'fewer-than-5', men: 'withheld', gap: null },
    },
    {
      name: 'an earlier version without this value hides nothing; nothing reported stays nothing',
      counts: true,
      earlier: [null],
      now: { total: 30, women: null, men: null, gap: null },
      expected: { total: 30, women: null, men: null, gap: null },
    },
    {
      // Version 1 published before the report was approved: nothing to set this version beside.
      name: 'earlier versions without this value: a hidden count is as publicFigures made it',
      counts: true,
      earlier: [null],
      now: { total: 63, women: 'fewer-than-5', men: 'withheld', gap: null },
      expected: { total: 63, women: 'fewer-than-5', men: 'withheld', gap: null },
    },
    {
      name: 'an indicator that does not count persons is never hidden',
      counts: false,
      earlier: [all(3, 1, 2)],
      now: all(4, 2, 2),
      expected: all(4, 2, 2),
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(acrossVersions(row.counts, row.now, row.earlier)).toEqual(row.expected);
    });
  }
});
