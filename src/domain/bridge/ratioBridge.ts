import type { DecimalInput } from "../decimal";
import type { BridgeMethod } from "./bridgeMethod";
import { computeBridge, type BridgeResult } from "./computeBridge";
import { ratesFromTotals } from "./ratesFromTotals";
import { scaledRatioBridge } from "./scaledBridge";

/** Counts and amounts per segment for both periods; rates are amount / count. */
export type RatioBridgeInput = {
  readonly baseCounts: readonly DecimalInput[];
  readonly baseAmounts: readonly DecimalInput[];
  readonly currentCounts: readonly DecimalInput[];
  readonly currentAmounts: readonly DecimalInput[];
  readonly method?: BridgeMethod;
};

/** How the four ranges are named to the user, and whether an amount may exceed its count. */
export type RatioBridgeNaming = {
  readonly baseCounts: string;
  readonly baseAmounts: string;
  readonly currentCounts: string;
  readonly currentAmounts: string;
  readonly countNoun: string;
  readonly cap: "none" | "capped";
};

/**
 * Bridges a ratio of totals (revenue per order, units sold per unit received) between two periods:
 * weights are the counts, rates amount / count per segment. The AOV and sell-through bridges are
 * this with their own names; errors name the user's arguments.
 *
 * @example
 * ratioBridge(
 *   { baseCounts: [800, 200], baseAmounts: [400000, 300000],
 *     currentCounts: [700, 300], currentAmounts: [357000, 459000] },
 *   { baseCounts: "base_orders", baseAmounts: "base_revenue", currentCounts: "current_orders",
 *     currentAmounts: "current_revenue", countNoun: "orders", cap: "none" }
 * ).end.toNumber() //=> 816
 */
export function ratioBridge(input: RatioBridgeInput, naming: RatioBridgeNaming): BridgeResult {
  // Numbers take the BigInt fast path (same values); anything else and every refusal, decimal.js.
  const fast = scaledRatioBridge(
    { counts: input.baseCounts, amounts: input.baseAmounts },
    { counts: input.currentCounts, amounts: input.currentAmounts },
    naming.cap,
    input.method
  );
  if (fast !== undefined) return fast;
  const { countNoun, cap } = naming;
  const base = ratesFromTotals(input.baseCounts, input.baseAmounts, {
    counts: naming.baseCounts,
    amounts: naming.baseAmounts,
    countNoun,
    cap,
  });
  const current = ratesFromTotals(input.currentCounts, input.currentAmounts, {
    counts: naming.currentCounts,
    amounts: naming.currentAmounts,
    countNoun,
    cap,
  });
  return computeBridge({
    baseWeights: base.weights,
    baseRates: base.rates,
    currentWeights: current.weights,
    currentRates: current.rates,
    method: input.method,
    argumentNames: {
      baseWeights: naming.baseCounts,
      baseRates: naming.baseAmounts,
      currentWeights: naming.currentCounts,
      currentRates: naming.currentAmounts,
    },
  });
}
