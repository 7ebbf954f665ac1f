import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * E-mail click-through rate: unique clickers / e-mails delivered.
 *
 * @example
 * emailClickThroughRate(240, 4000).toNumber() //=> 0.06
 */
export function emailClickThroughRate(clicks: DecimalInput, delivered: DecimalInput): Decimal {
  return ratioOf(clicks, delivered, {
    numerator: "clicks",
    denominator: "delivered",
    kind: "part-of-whole",
  });
}
