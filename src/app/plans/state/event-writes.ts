/** What each of the plans feature's page events writes: pure functions of the event and the store's plan. */
import { WriteOp } from '../../data-access/backend';
import { GoalImport } from '../../domain/goal-import';
import { Draft, Goal, Id, Plan } from '../../domain/model';
import { PlanDetail } from '../plan-detail/plan-detail.selectors';
import { removeAreaWrites, reorderWrites, RemoveMode } from '../plan-detail/plan-writes';

/** The writes of moving a focus area one step (none when it is already first or last, or gone). */
export function focusAreaMoveWrites(detail: PlanDetail | null, areaId: Id, delta: -1 | 1): WriteOp[] {
  const areas = detail?.areas.map((a) => a.area) ?? [];
  const index = areas.findIndex((a) => a.id === areaId);
  return index < 0 ? [] : reorderWrites(areas, index, delta);
}

/** The writes of removing a focus area, and moving or removing its goals (none when it is gone). */
export function focusAreaRemovalWrites(
  detail: PlanDetail | null,
  planGoals: readonly Goal[],
  areaId: Id,
  how: RemoveMode,
): WriteOp[] {
  const row = detail?.areas.find((a) => a.area.id === areaId);
  return row ? removeAreaWrites(row, how, planGoals) : [];
}

/** A new plan, or a change to one. */
export function planWrites(id: Id | null, expectedVersion: number, plan: Draft<Plan>): WriteOp[] {
  return [
    id
      ? { op: 'update', kind: 'plans', id, expectedVersion, patch: plan }
      : { op: 'create', kind: 'plans', draft: plan },
  ];
}

/** A goal import: its new focus areas first, then goals, then indicators (each refers to the one before). */
export function goalImportWrites(result: GoalImport): WriteOp[] {
  return [
    ...result.focusAreas.map((draft): WriteOp => ({ op: 'create', kind: 'focusAreas', draft })),
    ...result.goals.map((draft): WriteOp => ({ op: 'create', kind: 'goals', draft })),
    ...result.indicators.map((draft): WriteOp => ({ op: 'create', kind: 'indicators', draft })),
  ];
}
