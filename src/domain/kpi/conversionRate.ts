import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Conversion rate: the share of sessions that end in a purchase (converting sessions / sessions).
 *
 * @example
 * conversionRate(36, 1200).toNumber() //=> 0.03
 */
export function conversionRate(conversions: DecimalInput, sessions: DecimalInput): Decimal {
  return ratioOf(conversions, sessions, {
    numerator: "conversions",
    denominator: "sessions",
    kind: "part-of-whole",
  });
}
