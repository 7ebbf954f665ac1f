import type { Decimal, DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { toDecimal } from "../bridge/toDecimal";

/**
 * Full-price sell-through: units sold at full price / units received. Sold above received is refused
 * with code `sold-exceeds-received` (the same rule as the sell-through bridge).
 *
 * @example
 * sellThrough(65, 100).toNumber() //=> 0.65
 */
export function sellThrough(unitsSold: DecimalInput, unitsReceived: DecimalInput): Decimal {
  const sold = toDecimal(unitsSold, "units_sold", "non-negative");
  const received = toDecimal(unitsReceived, "units_received", "non-negative");
  if (received.isZero()) throw new DomainError("division-by-zero", "units_received");
  if (sold.gt(received)) {
    throw new DomainError("sold-exceeds-received", "units_sold", {
      value: sold.toString(),
      limit: received.toString(),
    });
  }
  return sold.div(received);
}
