import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Average order value: revenue / orders.
 *
 * @example
 * averageOrderValue(125000, 50).toNumber() //=> 2500
 */
export function averageOrderValue(revenue: DecimalInput, orders: DecimalInput): Decimal {
  return ratioOf(revenue, orders, { numerator: "revenue", denominator: "orders", kind: "free" });
}
