import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Return on ad spend: revenue attributed to campaigns / their cost (4 means 4 of revenue per 1 spent).
 *
 * @example
 * returnOnAdSpend(48000, 12000).toNumber() //=> 4
 */
export function returnOnAdSpend(adRevenue: DecimalInput, adSpend: DecimalInput): Decimal {
  return ratioOf(adRevenue, adSpend, {
    numerator: "ad_revenue",
    denominator: "ad_spend",
    kind: "free",
  });
}
