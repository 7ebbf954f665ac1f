import { Decimal, type DecimalInput } from "../decimal";
import { toDecimal } from "../bridge/toDecimal";

/**
 * part / total, and 0 when the total is 0 (a month with no revenue has no digital share yet, rather
 * than an error that would break every formula downstream). Negative values are refused.
 *
 * @example
 * safeShare(45, 250).toNumber() //=> 0.18
 * safeShare(0, 0).toNumber() //=> 0
 */
export function safeShare(part: DecimalInput, total: DecimalInput): Decimal {
  const numerator = toDecimal(part, "part", "non-negative");
  const denominator = toDecimal(total, "total", "non-negative");
  if (denominator.isZero()) return new Decimal(0);
  return numerator.div(denominator);
}
