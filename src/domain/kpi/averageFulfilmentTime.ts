import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Average order fulfilment time in hours: hours from order to dispatch, summed / orders shipped.
 *
 * @example
 * averageFulfilmentTime(1440, 60).toNumber() //=> 24
 */
export function averageFulfilmentTime(
  totalHours: DecimalInput,
  ordersShipped: DecimalInput
): Decimal {
  return ratioOf(totalHours, ordersShipped, {
    numerator: "total_hours",
    denominator: "orders_shipped",
    kind: "free",
  });
}
