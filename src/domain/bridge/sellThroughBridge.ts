import type { DecimalInput } from "../decimal";
import type { BridgeMethod } from "./bridgeMethod";
import type { BridgeResult } from "./computeBridge";
import { ratioBridge } from "./ratioBridge";

/** Units received and units sold (at full price) per segment for both periods. */
export type SellThroughBridgeInput = {
  readonly baseReceived: readonly DecimalInput[];
  readonly baseSold: readonly DecimalInput[];
  readonly currentReceived: readonly DecimalInput[];
  readonly currentSold: readonly DecimalInput[];
  readonly method?: BridgeMethod;
};

/**
 * Bridges full-price sell-through (units sold / units received) between two periods: weights are units
 * received, rates are sold/received per segment (category, collection…). Sold above received is refused.
 *
 * @example
 * const bridge = sellThroughBridge({
 *   baseReceived: [100, 100], baseSold: [60, 40],
 *   currentReceived: [150, 50], currentSold: [90, 25],
 * });
 * bridge.start.toNumber() //=> 0.5
 * bridge.end.toNumber() //=> 0.575
 */
export function sellThroughBridge(input: SellThroughBridgeInput): BridgeResult {
  return ratioBridge(
    {
      baseCounts: input.baseReceived,
      baseAmounts: input.baseSold,
      currentCounts: input.currentReceived,
      currentAmounts: input.currentSold,
      method: input.method,
    },
    {
      baseCounts: "base_received",
      baseAmounts: "base_sold",
      currentCounts: "current_received",
      currentAmounts: "current_sold",
      countNoun: "units received",
      cap: "capped",
    }
  );
}
