import type { DecimalInput } from "../decimal";
import type { BridgeMethod } from "./bridgeMethod";
import { computeBridge, type BridgeResult } from "./computeBridge";
import { ratesFromTotals } from "./ratesFromTotals";
import { scaledRatioBridge } from "./scaledBridge";

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
  // Numbers take the BigInt fast path (same values); anything else and every refusal, decimal.js.
  const fast = scaledRatioBridge(
    { counts: input.baseReceived, amounts: input.baseSold },
    { counts: input.currentReceived, amounts: input.currentSold },
    "capped",
    input.method
  );
  if (fast !== undefined) return fast;
  const base = ratesFromTotals(input.baseReceived, input.baseSold, {
    counts: "base_received",
    amounts: "base_sold",
    countNoun: "units received",
    cap: "capped",
  });
  const current = ratesFromTotals(input.currentReceived, input.currentSold, {
    counts: "current_received",
    amounts: "current_sold",
    countNoun: "units received",
    cap: "capped",
  });
  return computeBridge({
    baseWeights: base.weights,
    baseRates: base.rates,
    currentWeights: current.weights,
    currentRates: current.rates,
    method: input.method,
    argumentNames: {
      baseWeights: "base_received",
      baseRates: "base_sold",
      currentWeights: "current_received",
      currentRates: "current_sold",
    },
  });
}
