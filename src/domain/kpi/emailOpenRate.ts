import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * E-mail open rate: unique opens / e-mails delivered.
 *
 * @example
 * emailOpenRate(1800, 4000).toNumber() //=> 0.45
 */
export function emailOpenRate(opens: DecimalInput, delivered: DecimalInput): Decimal {
  return ratioOf(opens, delivered, {
    numerator: "opens",
    denominator: "delivered",
    kind: "part-of-whole",
  });
}
