import { Decimal, type DecimalInput } from "../../decimal";

export type MidpointBridge = { start: Decimal; mix: Decimal; rate: Decimal; end: Decimal };

/**
 * The two-factor (Shapley, "midpoint") bridge of a weighted average from counts and totals per
 * segment: weights are counts normalised to shares, rates are total / count. Drill 1 uses it to write
 * the answer key's diagnosis and its tests use it as the truth; every tier has a count in both periods.
 *
 * @example
 * const b = midpointBridge([1, 1], [10, 2], [1, 3], [10, 6]);
 * [b.start, b.mix, b.rate, b.end].map((d) => d.toNumber()) //=> [6, -2, 0, 4]
 */
export function midpointBridge(
  baseCounts: readonly DecimalInput[],
  baseTotals: readonly DecimalInput[],
  currentCounts: readonly DecimalInput[],
  currentTotals: readonly DecimalInput[]
): MidpointBridge {
  const n = baseCounts.length;
  if ([baseTotals, currentCounts, currentTotals].some((list) => list.length !== n) || n === 0) {
    throw new RangeError("midpointBridge needs four non-empty lists of the same length");
  }
  const sum = (list: readonly DecimalInput[]): Decimal =>
    list.reduce<Decimal>((acc, x) => acc.plus(x), new Decimal(0));
  const n0 = sum(baseCounts);
  const n1 = sum(currentCounts);
  let start = new Decimal(0);
  let end = new Decimal(0);
  let mix = new Decimal(0);
  let rate = new Decimal(0);
  for (let i = 0; i < n; i += 1) {
    const c0 = new Decimal(baseCounts[i] as DecimalInput);
    const c1 = new Decimal(currentCounts[i] as DecimalInput);
    if (c0.isZero() || c1.isZero())
      throw new RangeError(`segment ${i + 1} has no count in a period`);
    const w0 = c0.div(n0);
    const w1 = c1.div(n1);
    const r0 = new Decimal(baseTotals[i] as DecimalInput).div(c0);
    const r1 = new Decimal(currentTotals[i] as DecimalInput).div(c1);
    start = start.plus(w0.times(r0));
    end = end.plus(w1.times(r1));
    mix = mix.plus(w1.minus(w0).times(r0.plus(r1)).div(2));
    rate = rate.plus(r1.minus(r0).times(w0.plus(w1)).div(2));
  }
  return { start, mix, rate, end };
}
