/**
 * `value` added to the list `map` holds under `key`, made when there is none. In place: copying the list for every value
 * (`[...(map.get(key) ?? []), value]`) made one sentence of 20,000 names take minutes.
 */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `items` added to the end of `list`, one by one: `list.push(...items)` overflows the call stack past about 100,000 items. */
export function pushAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}

/** The least of `values` (Infinity for none): `Math.min(...values)` overflows the call stack as `push(...)` does. */
export function least(values: Iterable<number>): number {
  let min = Infinity;
  for (const value of values) if (value < min) min = value;
  return min;
}

/** The greatest of `values` (-Infinity for none). */
export function greatest(values: Iterable<number>): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
}
