import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Average session duration in seconds: total time on site / sessions (divide by 86400 for an Excel time).
 *
 * @example
 * averageSessionDuration(360000, 1200).toNumber() //=> 300
 */
export function averageSessionDuration(
  totalSeconds: DecimalInput,
  sessions: DecimalInput
): Decimal {
  return ratioOf(totalSeconds, sessions, {
    numerator: "total_seconds",
    denominator: "sessions",
    kind: "free",
  });
}
