import type { DecimalInput } from "../decimal";
import type { BridgeMethod } from "./bridgeMethod";
import { computeBridge, type BridgeResult } from "./computeBridge";
import { ratesFromTotals } from "./ratesFromTotals";
import { scaledRatioBridge } from "./scaledBridge";

/** Orders and revenue per segment (tier, channel, region…) for both periods. */
export type AovBridgeInput = {
  readonly baseOrders: readonly DecimalInput[];
  readonly baseRevenue: readonly DecimalInput[];
  readonly currentOrders: readonly DecimalInput[];
  readonly currentRevenue: readonly DecimalInput[];
  readonly method?: BridgeMethod;
};

/**
 * Bridges average order value from the base period to the current one: weights are orders, rates are
 * revenue/orders, so Start = Σ base revenue / Σ base orders and End likewise. Mix says how much of the
 * change comes from the order mix moving between segments, Rate how much from segment AOVs.
 *
 * @example
 * const bridge = aovBridge({
 *   baseOrders: [800, 200], baseRevenue: [400000, 300000],
 *   currentOrders: [700, 300], currentRevenue: [357000, 459000],
 * });
 * bridge.start.toNumber() //=> 700
 * bridge.end.toNumber() //=> 816
 * bridge.start.plus(bridge.effects.mix).plus(bridge.effects.rate).eq(bridge.end) //=> true
 */
export function aovBridge(input: AovBridgeInput): BridgeResult {
  // Numbers take the BigInt fast path (same values); anything else and every refusal, decimal.js.
  const fast = scaledRatioBridge(
    { counts: input.baseOrders, amounts: input.baseRevenue },
    { counts: input.currentOrders, amounts: input.currentRevenue },
    "none",
    input.method
  );
  if (fast !== undefined) return fast;
  const base = ratesFromTotals(input.baseOrders, input.baseRevenue, {
    counts: "base_orders",
    amounts: "base_revenue",
    countNoun: "orders",
    cap: "none",
  });
  const current = ratesFromTotals(input.currentOrders, input.currentRevenue, {
    counts: "current_orders",
    amounts: "current_revenue",
    countNoun: "orders",
    cap: "none",
  });
  return computeBridge({
    baseWeights: base.weights,
    baseRates: base.rates,
    currentWeights: current.weights,
    currentRates: current.rates,
    method: input.method,
    argumentNames: {
      baseWeights: "base_orders",
      baseRates: "base_revenue",
      currentWeights: "current_orders",
      currentRates: "current_revenue",
    },
  });
}
