/**
 * Remembers what `compute` gave for the last `size` seeds. A check reads one variant, a populate of
 * every drill or a fuzz run a few in a row; recomputing a drill's rows (about 0.1 s for drill 1) for
 * each of them is what this saves, without holding every seed ever asked for.
 *
 * @example
 * const truthOf = memoBySeed(4, (seed) => expensive(seed));
 * truthOf(0) === truthOf(0) //=> true
 */
export function memoBySeed<T>(size: number, compute: (seed: number) => T): (seed: number) => T {
  const cache = new Map<number, T>();
  return (seed) => {
    const hit = cache.get(seed);
    if (hit !== undefined) return hit;
    const value = compute(seed);
    if (cache.size >= size) cache.delete(cache.keys().next().value as number);
    cache.set(seed, value);
    return value;
  };
}
