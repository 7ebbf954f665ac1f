import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Social engagement rate: interactions (likes, comments, shares, saves) / people reached.
 *
 * @example
 * engagementRate(540, 12000).toNumber() //=> 0.045
 */
export function engagementRate(engagements: DecimalInput, reach: DecimalInput): Decimal {
  return ratioOf(engagements, reach, {
    numerator: "engagements",
    denominator: "reach",
    kind: "free",
  });
}
