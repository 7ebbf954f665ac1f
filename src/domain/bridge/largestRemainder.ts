import { Decimal } from "../decimal";

/**
 * Rounds values to `decimals` places so that they sum exactly to `target` (which must itself have at
 * most `decimals` places): every value is floored, then the missing units of the last place go, one
 * each, to the values with the largest remainders (ties to the earlier value). This is how a presenter
 * rounds a bridge or a monthly split without a visible "rounding" line.
 *
 * @example
 * largestRemainder([new Decimal("1.005"), new Decimal("2.005")], new Decimal("3.01"), 2)
 *   .map((d) => d.toNumber()) //=> [1.01, 2]
 */
export function largestRemainder(
  values: readonly Decimal[],
  target: Decimal,
  decimals: number
): Decimal[] {
  const unit = new Decimal(10).pow(-decimals);
  const floors = values.map((value) => value.toDecimalPlaces(decimals, Decimal.ROUND_FLOOR));
  if (values.length === 0) return floors;
  const floorSum = floors.reduce((sum, value) => sum.plus(value), new Decimal(0));
  const units = target.minus(floorSum).div(unit).round();
  if (units.isZero()) return floors;
  const order = values
    .map((value, index) => ({ remainder: value.minus(floors[index] as Decimal), index }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index)
    .map((entry) => entry.index);
  // Normally 0 ≤ units ≤ values.length. A target further away (only from inconsistent callers) is
  // spread evenly first, so the work stays proportional to the number of values, never to the gap.
  const count = new Decimal(values.length);
  const even = units.div(count).trunc();
  const rest = units.minus(even.times(count)).toNumber();
  const step = rest >= 0 ? unit : unit.negated();
  const ranked = rest >= 0 ? order : order.slice().reverse();
  const result = floors.map((floor) => (even.isZero() ? floor : floor.plus(even.times(unit))));
  for (let k = 0; k < Math.abs(rest); k += 1) {
    const index = ranked[k] as number;
    result[index] = (result[index] as Decimal).plus(step);
  }
  return result;
}
