import { Decimal, type DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { ratesFromTotals } from "./ratesFromTotals";
import { toDecimal } from "./toDecimal";

/** Base order mix and current orders and revenue per tier. */
export type MixAdjustedAovInput = {
  readonly baseOrders: readonly DecimalInput[];
  readonly currentOrders: readonly DecimalInput[];
  readonly currentRevenue: readonly DecimalInput[];
};

/**
 * Mix-adjusted AOV: the current tier AOVs weighted by the base order mix, Σ w0·r1 with w0 the base
 * order shares and r1 = current revenue / current orders. It answers "what would AOV be now if the
 * mix had not moved?". A tier with base orders needs current orders (else its current AOV is unknown).
 *
 * @example
 * mixAdjustedAov({ baseOrders: [800, 200], currentOrders: [700, 300],
 *   currentRevenue: [357000, 459000] }).toNumber() //=> 714
 */
export function mixAdjustedAov(input: MixAdjustedAovInput): Decimal {
  const n = input.baseOrders.length;
  if (n === 0) throw new DomainError("empty", "base_orders");
  if (input.currentOrders.length !== n) {
    throw new DomainError("length-mismatch", "current_orders", {
      value: String(input.currentOrders.length),
      other: "base_orders",
      limit: String(n),
    });
  }
  const current = ratesFromTotals(input.currentOrders, input.currentRevenue, {
    counts: "current_orders",
    amounts: "current_revenue",
    countNoun: "orders",
    cap: "none",
  });
  const base = input.baseOrders.map((value, i) =>
    toDecimal(value, "base_orders", "non-negative", i + 1)
  );
  const total = base.reduce((sum, value) => sum.plus(value), new Decimal(0));
  if (total.isZero()) throw new DomainError("all-zero-weights", "base_orders");
  let weighted = new Decimal(0);
  for (let i = 0; i < n; i += 1) {
    const weight = base[i] as Decimal;
    if (weight.isZero()) continue;
    const rate = current.rates[i];
    if (rate === null || rate === undefined) {
      throw new DomainError("missing-rate", "current_orders", {
        item: i + 1,
        other: "the tier has base orders but no current orders, so no current AOV",
      });
    }
    weighted = weighted.plus(weight.times(rate));
  }
  // One division at the end: Σ w0·r1 / W0 equals Σ (w0/W0)·r1 and rounds once.
  return weighted.div(total);
}
