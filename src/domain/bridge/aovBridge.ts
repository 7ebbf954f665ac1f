import type { DecimalInput } from "../decimal";
import type { BridgeMethod } from "./bridgeMethod";
import type { BridgeResult } from "./computeBridge";
import { ratioBridge } from "./ratioBridge";

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
  return ratioBridge(
    {
      baseCounts: input.baseOrders,
      baseAmounts: input.baseRevenue,
      currentCounts: input.currentOrders,
      currentAmounts: input.currentRevenue,
      method: input.method,
    },
    {
      baseCounts: "base_orders",
      baseAmounts: "base_revenue",
      currentCounts: "current_orders",
      currentAmounts: "current_revenue",
      countNoun: "orders",
      cap: "none",
    }
  );
}
