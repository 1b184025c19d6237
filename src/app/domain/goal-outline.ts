import { groupBy } from './group-by';
import { Goal, Id, Timestamp } from './model';

/**
 * Every goal of one plan, in as few documents as fit (`orgs/{orgId}/goalOutlines/{id}`), kept by
 * the server from the goals themselves. A session reads these instead of each goal: a region's
 * 10 000 goals are about 40 documents, not 10 000 (Firestore counts a read per document). The
 * goals in it are whole records, so every page works with them as with goals read one by one.
 */
export interface GoalOutline {
  /** `outlineId(planId, part)`. */
  id: Id;
  orgId: Id;
  planId: Id;
  /** 0, 1, …: a plan whose goals do not fit one document has several parts. */
  part: number;
  /** The part's goals, in id order, with their times as ISO strings. */
  goals: Goal[];
  computedAt: Timestamp;
}

/**
 * How large a part may grow (UTF-8 bytes of its goals as JSON): Firestore's limit for one
 * document is 1 MiB, and a goal can hold 4 000 characters of description.
 */
export const OUTLINE_BYTES = 700_000;

export function outlineId(planId: Id, part: number): Id {
  return `${planId}__${part}`;
}

const encoder = new TextEncoder();

/**
 * One plan's outline parts, from its goals (others are left out): goals in id order, a new part
 * started before one would pass `maxBytes`. A plan without goals has none.
 */
export function outlinePlan(
  orgId: Id,
  planId: Id,
  goals: readonly Goal[],
  computedAt: Timestamp,
  maxBytes = OUTLINE_BYTES,
): GoalOutline[] {
  const own = goals.filter((g) => g.planId === planId).sort((a, b) => compareIds(a.id, b.id));
  const groups: Goal[][] = [];
  let size = 0;
  for (const goal of own) {
    const bytes = encoder.encode(JSON.stringify(goal)).length;
    const current = groups.at(-1);
    if (current && current.length > 0 && size + bytes <= maxBytes) {
      current.push(goal);
      size += bytes;
    } else {
      groups.push([goal]);
      size = bytes;
    }
  }
  return groups.map((group, part) => ({
    id: outlineId(planId, part),
    orgId,
    planId,
    part,
    goals: group,
    computedAt,
  }));
}

/** Every plan's outline parts (the embedded backend's, and what an import writes), in plan id order. */
export function outlinesOf(orgId: Id, goals: readonly Goal[], computedAt: Timestamp): GoalOutline[] {
  return [...groupBy(goals, (g) => g.planId).keys()]
    .sort(compareIds)
    .flatMap((planId) => outlinePlan(orgId, planId, goals, computedAt));
}

/**
 * The goals in these parts, in id order. A goal found twice (a part not yet refreshed beside a goal
 * read since it changed) is its highest version.
 */
export function goalsOf(parts: readonly { goals: readonly Goal[] }[]): Goal[] {
  const byId = new Map<Id, Goal>();
  for (const part of parts) {
    for (const goal of part.goals) {
      const known = byId.get(goal.id);
      if (!known || known.version < goal.version) byId.set(goal.id, goal);
    }
  }
  return [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
}

/**
 * Of these plans, those no outline part names (sorted): a plan without goals, or one whose goals
 * were stored before outlines were kept and have not changed since. Their goals are read one by one.
 */
export function plansWithoutOutline(
  planIds: readonly Id[],
  parts: readonly Pick<GoalOutline, 'planId'>[],
): Id[] {
  const outlined = new Set(parts.map((p) => p.planId));
  return planIds.filter((id) => !outlined.has(id)).sort(compareIds);
}

/** The plans whose outlines a change of one goal touches (before and after the change). */
export function outlinesTouched(
  before: Pick<Goal, 'planId'> | null,
  after: Pick<Goal, 'planId'> | null,
): Id[] {
  return [...new Set([before?.planId, after?.planId].filter((id): id is Id => !!id))];
}

function compareIds(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
