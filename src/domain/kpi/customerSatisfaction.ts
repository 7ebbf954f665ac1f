import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * CSAT: the share of survey responses that are satisfied (4 or 5 on a 5-point scale).
 *
 * @example
 * customerSatisfaction(172, 200).toNumber() //=> 0.86
 */
export function customerSatisfaction(
  satisfiedResponses: DecimalInput,
  responses: DecimalInput
): Decimal {
  return ratioOf(satisfiedResponses, responses, {
    numerator: "satisfied_responses",
    denominator: "responses",
    kind: "part-of-whole",
  });
}
