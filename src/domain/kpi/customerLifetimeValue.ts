import { Decimal, type DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { toDecimal } from "../bridge/toDecimal";

/**
 * Customer lifetime value as predicted net profit: AOV × orders per year × expected years as a client
 * × gross margin (default 1, i.e. lifetime revenue). The margin is a fraction from 0 to 1.
 *
 * @example
 * customerLifetimeValue(2500, 3, 6, 0.7).toNumber() //=> 31500
 * customerLifetimeValue(2500, 3, 6).toNumber() //=> 45000
 */
export function customerLifetimeValue(
  averageOrderValue: DecimalInput,
  ordersPerYear: DecimalInput,
  years: DecimalInput,
  grossMargin?: DecimalInput
): Decimal {
  const aov = toDecimal(averageOrderValue, "average_order_value", "non-negative");
  const frequency = toDecimal(ordersPerYear, "orders_per_year", "non-negative");
  const lifespan = toDecimal(years, "years", "non-negative");
  const margin =
    grossMargin === undefined
      ? new Decimal(1)
      : toDecimal(grossMargin, "gross_margin", "non-negative");
  if (margin.gt(1)) {
    throw new DomainError("out-of-range", "gross_margin", {
      value: margin.toString(),
      limit: "a fraction from 0 to 1 (70% is 0.7)",
    });
  }
  return aov.times(frequency).times(lifespan).times(margin);
}
