import { Id } from './model';

/** Groups items by a key in one pass, keeping their order within each group. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Merges the results of several queries (a record can match more than one), in id order. */
export function mergeById<T extends { id: Id }>(groups: readonly (readonly T[])[]): T[] {
  if (groups.length === 1) return [...groups[0]];
  const byId = new Map<Id, T>();
  for (const group of groups) for (const record of group) byId.set(record.id, record);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
