import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded source of randomness for drill generators. Same seed, same sequence, on every host. */
export type Random = {
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Float in [min, max) with 1e-6 resolution (enough for plausible ranges; never used for money). */
  float(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A new independent stream for a named part of a drill, so adding rows to one part never shifts another. */
  fork(label: string): Random;
};

const RESOLUTION = 1_000_000;

/**
 * Creates a seeded random source (xoroshiro128+ from pure-rand, the generator fast-check uses).
 *
 * @example
 * const random = createRandom(42);
 * random.int(1, 6) //=> the same number on every run with seed 42
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const rng = xoroshiro128plus(seed | 0);
  const int = (min: number, max: number): number => uniformInt(rng, min, max);
  return {
    int,
    float: (min, max) => min + ((max - min) * int(0, RESOLUTION - 1)) / RESOLUTION,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError("pick needs at least one item");
      return items[int(0, items.length - 1)] as T;
    },
    fork: (label) => createRandom(hashLabel(seed, label)),
  };
}

/** FNV-1a over the label, mixed with the seed: a stable 32-bit seed per (seed, label). */
function hashLabel(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
