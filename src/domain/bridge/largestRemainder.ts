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
  const unit = new Decimal(1).times(new Decimal(10).pow(-decimals));
  const floors = values.map((value) => value.toDecimalPlaces(decimals, Decimal.ROUND_FLOOR));
  const remainders = values.map((value, index) => value.minus(floors[index] as Decimal));
  const floorSum = floors.reduce((sum, value) => sum.plus(value), new Decimal(0));
  let units = target.minus(floorSum).div(unit).round().toNumber();
  if (values.length === 0 || units === 0) return floors;
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index)
    .map((entry) => entry.index);
  const result = floors.slice();
  // Normally 0 ≤ units ≤ values.length; the loop also covers a target further away.
  const step = units > 0 ? unit : unit.negated();
  let cursor = units > 0 ? 0 : order.length - 1;
  while (units !== 0) {
    const index = order[cursor] as number;
    result[index] = (result[index] as Decimal).plus(step);
    units += units > 0 ? -1 : 1;
    cursor = units >= 0 ? (cursor + 1) % order.length : (cursor - 1 + order.length) % order.length;
  }
  return result;
}
