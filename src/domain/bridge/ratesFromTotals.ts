import type { Decimal, DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { toDecimal } from "./toDecimal";

/** How a count/amount pair is checked and named in errors. */
export type RatesFromTotalsNames = {
  /** The count argument, e.g. `base_orders`. */
  readonly counts: string;
  /** The amount argument, e.g. `base_revenue`. */
  readonly amounts: string;
  /** The count in words for messages, e.g. `orders`. */
  readonly countNoun: string;
  /** `capped` refuses amount > count (units sold cannot exceed units received). */
  readonly cap: "none" | "capped";
};

/**
 * Turns per-segment counts and amounts into rates amount/count, for the AOV and sell-through bridges.
 * Counts and amounts must be non-negative numbers; an amount on a zero count is refused (it has no
 * rate), and a zero count with zero amount gives `null` (no rate: the bridge takes the other period's).
 *
 * @example
 * ratesFromTotals([2, 0], [300, 0], { counts: "base_orders", amounts: "base_revenue",
 *   countNoun: "orders", cap: "none" }).map((r) => r?.toNumber() ?? null) //=> [150, null]
 */
export function ratesFromTotals(
  counts: readonly DecimalInput[],
  amounts: readonly DecimalInput[],
  names: RatesFromTotalsNames
): { weights: Decimal[]; rates: (Decimal | null)[] } {
  if (amounts.length !== counts.length) {
    throw new DomainError("length-mismatch", names.amounts, {
      value: String(amounts.length),
      other: names.counts,
      limit: String(counts.length),
    });
  }
  const weights: Decimal[] = new Array(counts.length);
  const rates: (Decimal | null)[] = new Array(counts.length);
  for (let i = 0; i < counts.length; i += 1) {
    const count = toDecimal(counts[i] as DecimalInput, names.counts, "non-negative", i + 1);
    const amount = toDecimal(amounts[i] as DecimalInput, names.amounts, "non-negative", i + 1);
    if (count.isZero()) {
      if (!amount.isZero()) {
        throw new DomainError("orphan-rate", names.amounts, {
          item: i + 1,
          value: amount.toString(),
          other: names.countNoun,
        });
      }
      rates[i] = null;
    } else {
      if (names.cap === "capped" && amount.gt(count)) {
        throw new DomainError("sold-exceeds-received", names.amounts, {
          item: i + 1,
          value: amount.toString(),
          limit: count.toString(),
        });
      }
      rates[i] = amount.div(count);
    }
    weights[i] = count;
  }
  return { weights, rates };
}
