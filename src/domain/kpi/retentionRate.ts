import type { Decimal, DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { toDecimal } from "../bridge/toDecimal";

/**
 * Customer retention rate over a period: (customers at the end − new customers acquired) / customers
 * at the start. New customers above the end count, or retained customers above the start count, are
 * refused (the inputs cannot describe one period).
 *
 * @example
 * retentionRate(1100, 200, 1000).toNumber() //=> 0.9
 */
export function retentionRate(
  customersAtEnd: DecimalInput,
  newCustomers: DecimalInput,
  customersAtStart: DecimalInput
): Decimal {
  const end = toDecimal(customersAtEnd, "customers_end", "non-negative");
  const acquired = toDecimal(newCustomers, "new_customers", "non-negative");
  const start = toDecimal(customersAtStart, "customers_start", "non-negative");
  if (start.isZero()) throw new DomainError("division-by-zero", "customers_start");
  if (acquired.gt(end)) {
    throw new DomainError("exceeds-total", "new_customers", {
      value: acquired.toString(),
      other: "customers_end",
      limit: end.toString(),
    });
  }
  const retained = end.minus(acquired);
  if (retained.gt(start)) {
    throw new DomainError("exceeds-total", "customers_end", {
      value: `${retained.toString()} retained`,
      other: "customers_start",
      limit: start.toString(),
    });
  }
  return retained.div(start);
}
