/**
 * Splits a whole-number total across weights so the parts are whole numbers that sum to the total
 * exactly (largest-remainder; ties go to the earlier entry), with an optional floor per part.
 *
 * @example
 * allocateLargestRemainder(10, [1, 1, 1]) //=> [4, 3, 3]
 * allocateLargestRemainder(10, [1, 0], 2) //=> [8, 2]
 */
export function allocateLargestRemainder(
  total: number,
  weights: readonly number[],
  minimum = 0
): number[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError(`total must be a whole number ≥ 0, got ${total}`);
  }
  if (weights.length === 0) throw new RangeError("weights must not be empty");
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new RangeError("weights must be finite and ≥ 0");
  }
  const rest = total - minimum * weights.length;
  if (rest < 0) {
    throw new RangeError(`total ${total} cannot give ${weights.length} parts at least ${minimum}`);
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) throw new RangeError("weights must not all be zero");
  const exact = weights.map((w) => (rest * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = rest - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] as number) + 1;
    left -= 1;
  }
  return parts.map((p) => p + minimum);
}
