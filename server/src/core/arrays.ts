// Arrays that may be long (a line, a section, a finding each). Spread into a call (`push(...items)`,
// `Math.max(...xs)`), each element is one argument on the stack, and somewhere above 10^5 of them the call throws
// RangeError: these loop instead.

/** Up to this many items are passed as arguments, far below where the stack gives out. */
const FEW = 1024;

/** Appends the items to `to`, in order. */
export function appendAll<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]);
}

/** The least value of the items; Infinity for none, NaN if one is NaN (as Math.min). */
export function minOf<T>(items: readonly T[], valueOf: (item: T) => number): number {
  let out = Infinity;
  for (let i = 0; i < items.length; i++) {
    const v = valueOf(items[i]);
    if (Number.isNaN(v)) return NaN;
    if (v < out) out = v;
  }
  return out;
}

/** The greatest value of the items; -Infinity for none, NaN if one is NaN (as Math.max). */
export function maxOf<T>(items: readonly T[], valueOf: (item: T) => number): number {
  let out = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const v = valueOf(items[i]);
    if (Number.isNaN(v)) return NaN;
    if (v > out) out = v;
  }
  return out;
}

/** Replaces `count` items of `array` from `start` with `items`, as `splice` does, however many they are. */
export function replaceRange<T>(array: T[], start: number, count: number, items: readonly T[]): void {
  if (items.length <= FEW) {
    array.splice(start, count, ...items);
    return;
  }
  const tail = array.splice(start);
  appendAll(array, items);
  for (let i = count; i < tail.length; i++) array.push(tail[i]);
}
