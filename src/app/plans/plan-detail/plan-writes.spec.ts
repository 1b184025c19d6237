import {
  createTestActivity,
  createTestFocusArea,
  createTestGoal,
  createTestIndicator,
} from '../../testing/builders';
import { Measurement } from '../../domain/model';
import { AreaRow } from './plan-detail.selectors';
import { removeAreaWrites, reorderWrites } from './plan-writes';

describe('reorderWrites', () => {
  const areas = [
    createTestFocusArea({ id: 'a', order: 0 }),
    createTestFocusArea({ id: 'b', order: 1 }),
    createTestFocusArea({ id: 'c', order: 2, version: 4 }),
  ];
  const cases: [string, number, -1 | 1, [string, number, number][]][] = [
    [
      'moves the last one up',
      2,
      -1,
      [
        ['c', 4, 1],
        ['b', 1, 2],
      ],
    ],
    [
      'moves the first one down',
      0,
      1,
      [
        ['b', 1, 0],
        ['a', 1, 1],
      ],
    ],
    ['does nothing above the first', 0, -1, []],
    ['does nothing below the last', 2, 1, []],
  ];
  for (const [name, index, delta, expected] of cases) {
    it(name, () => {
      const writes = reorderWrites(areas, index, delta);
      expect(
        writes.map((w) =>
          w.op === 'update' ? [w.id, w.expectedVersion, (w.patch as { order: number }).order] : null,
        ),
      ).toEqual(expected);
    });
  }

  it('numbers areas that shared an order', () => {
    const same = [createTestFocusArea({ id: 'a', order: 1 }), createTestFocusArea({ id: 'b', order: 1 })];
    const writes = reorderWrites(same, 1, -1);
    expect(
      writes.map((w) => (w.op === 'update' ? [w.id, (w.patch as { order: number }).order] : null)),
    ).toEqual([['b', 0]]);
  });
});

describe('removeAreaWrites', () => {
  const goal = createTestGoal({ id: 'g1', focusAreaId: 'fa-1', order: 0 });
  const goal2 = createTestGoal({ id: 'g2', focusAreaId: 'fa-1', order: 1 });
  const row: AreaRow = {
    area: createTestFocusArea({ id: 'fa-1', version: 3 }),
    goals: [
      {
        goal,
        contributions: [],
        status: 'not-reported',
        leadName: '',
        contributingNames: [],
        hasReports: false,
        indicators: [
          {
            indicator: createTestIndicator({ id: 'i1', goalId: 'g1' }),
            latest: null,
            official: { value: null, series: 'reported', year: null },
            reportedIn: null,
            progress: null,
            measurements: [{ id: 'i1__2025', version: 2 } as Measurement],
          },
        ],
        activities: [
          {
            activity: createTestActivity({ id: 'act1', goalId: 'g1' }),
            departmentName: '',
            status: 'not-reported',
          },
        ],
      },
      {
        goal: goal2,
        contributions: [],
        status: 'not-reported',
        leadName: '',
        contributingNames: [],
        hasReports: false,
        indicators: [],
        activities: [],
      },
    ],
  };
  const other = createTestGoal({ id: 'g9', focusAreaId: 'fa-2', order: 5 });

  it('moves the goals last into the chosen area, then removes the area', () => {
    const writes = removeAreaWrites(row, { mode: 'move', targetAreaId: 'fa-2' }, [goal, goal2, other]);
    expect(writes).toEqual([
      { op: 'update', kind: 'goals', id: 'g1', expectedVersion: 1, patch: { focusAreaId: 'fa-2', order: 6 } },
      { op: 'update', kind: 'goals', id: 'g2', expectedVersion: 1, patch: { focusAreaId: 'fa-2', order: 7 } },
      { op: 'remove', kind: 'focusAreas', id: 'fa-1', expectedVersion: 3 },
    ]);
  });

  it('deletes indicators and activities before their goals, and the area last', () => {
    const writes = removeAreaWrites(row, { mode: 'delete' }, [goal, goal2]);
    expect(writes.map((w) => `${w.op} ${w.kind} ${w.op === 'create' ? '' : w.id}`)).toEqual([
      'remove measurements i1__2025',
      'remove indicators i1',
      'remove activities act1',
      'remove goals g1',
      'remove goals g2',
      'remove focusAreas fa-1',
    ]);
  });

  it('removes an empty area with one write', () => {
    expect(removeAreaWrites({ ...row, goals: [] }, { mode: 'delete' }, [])).toEqual([
      { op: 'remove', kind: 'focusAreas', id: 'fa-1', expectedVersion: 3 },
    ]);
  });
});
