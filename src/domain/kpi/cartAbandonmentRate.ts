import { Decimal, type DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Cart abandonment rate: the share of carts created that do not end in a purchase,
 * 1 − purchases / carts created.
 *
 * @example
 * cartAbandonmentRate(500, 150).toNumber() //=> 0.7
 */
export function cartAbandonmentRate(cartsCreated: DecimalInput, purchases: DecimalInput): Decimal {
  const completed = ratioOf(purchases, cartsCreated, {
    numerator: "purchases",
    denominator: "carts_created",
    kind: "part-of-whole",
  });
  return new Decimal(1).minus(completed);
}
