import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Bounce rate: the share of sessions that leave after viewing a single page.
 *
 * @example
 * bounceRate(420, 1200).toNumber() //=> 0.35
 */
export function bounceRate(singlePageSessions: DecimalInput, sessions: DecimalInput): Decimal {
  return ratioOf(singlePageSessions, sessions, {
    numerator: "single_page_sessions",
    denominator: "sessions",
    kind: "part-of-whole",
  });
}
