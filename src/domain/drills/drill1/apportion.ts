/**
 * Splits a whole number into whole parts proportional to weights (largest remainder), so the parts
 * always sum to the total exactly.
 *
 * @example
 * apportion(10, [1, 1, 1]) //=> [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError(`apportion needs a whole total from 0, got ${total}`);
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || !(sum > 0) || weights.some((w) => !(w >= 0))) {
    throw new RangeError("apportion needs non-negative weights with a positive sum");
  }
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (rest <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    rest -= 1;
  }
  return parts;
}
