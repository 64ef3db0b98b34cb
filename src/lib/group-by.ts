/**
 * Rows grouped by a key, in their order. Appends in place: copying each group on every row (the
 * spread idiom) made grouping a few thousand rows quadratic in the group's size and kept the
 * garbage collector busy on the advisor's workspace.
 */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = map.get(k);
    if (group) group.push(row);
    else map.set(k, [row]);
  }
  return map;
}
