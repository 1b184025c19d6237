import { WriteOp } from '../../data-access/backend';
import { FocusArea, Goal, Id } from '../../domain/model';
import { nextGoalOrder } from '../../domain/plan-order';
import { AreaRow } from './plan-detail.selectors';

/**
 * Moves the focus area at `index` one step (`delta` −1 up, +1 down) and numbers all of them
 * 0, 1, 2 … in the new order; only areas whose number changes are written.
 */
export function reorderWrites(areas: readonly FocusArea[], index: number, delta: -1 | 1): WriteOp[] {
  const target = index + delta;
  if (target < 0 || target >= areas.length) return [];
  const order = [...areas];
  [order[index], order[target]] = [order[target], order[index]];
  return order.flatMap((area, position): WriteOp[] =>
    area.order === position
      ? []
      : [
          {
            op: 'update',
            kind: 'focusAreas',
            id: area.id,
            expectedVersion: area.version,
            patch: { order: position },
          },
        ],
  );
}

export type RemoveMode = { mode: 'move'; targetAreaId: Id } | { mode: 'delete' };

/**
 * Removing a focus area: its goals are first moved (last in the chosen area, in their order) or
 * deleted with their indicators (and their measured values) and activities; then the area goes. One batch: all or nothing.
 */
export function removeAreaWrites(row: AreaRow, how: RemoveMode, planGoals: readonly Goal[]): WriteOp[] {
  const writes: WriteOp[] = [];
  if (how.mode === 'move') {
    let order = nextGoalOrder(planGoals, how.targetAreaId);
    for (const { goal } of row.goals) {
      writes.push({
        op: 'update',
        kind: 'goals',
        id: goal.id,
        expectedVersion: goal.version,
        patch: { focusAreaId: how.targetAreaId, order: order++ },
      });
    }
  } else {
    for (const { goal, indicators, activities } of row.goals) {
      for (const { indicator, measurements } of indicators) {
        for (const m of measurements)
          writes.push({ op: 'remove', kind: 'measurements', id: m.id, expectedVersion: m.version });
        writes.push({
          op: 'remove',
          kind: 'indicators',
          id: indicator.id,
          expectedVersion: indicator.version,
        });
      }
      for (const { activity } of activities)
        writes.push({ op: 'remove', kind: 'activities', id: activity.id, expectedVersion: activity.version });
      writes.push({ op: 'remove', kind: 'goals', id: goal.id, expectedVersion: goal.version });
    }
  }
  writes.push({ op: 'remove', kind: 'focusAreas', id: row.area.id, expectedVersion: row.area.version });
  return writes;
}
