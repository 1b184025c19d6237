import { Goal, Id } from './model';

/** Last in its focus area: one more than the highest order there (`except` a goal being moved). */
export function nextGoalOrder(goals: readonly Goal[], focusAreaId: Id, except: Id | null = null): number {
  return Math.max(
    0,
    ...goals.filter((g) => g.focusAreaId === focusAreaId && g.id !== except).map((g) => g.order + 1),
  );
}
