import type { Decimal } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { effectNames } from "./bridgeMethod";
import type { BridgeEffects, BridgeResult } from "./computeBridge";
import { largestRemainder } from "./largestRemainder";

/** Decimal places a presenter may ask for. */
export const MAX_DECIMALS = 12;

/**
 * Rounds a bridge for a slide: Start and End to `decimals` places, and the effects by largest
 * remainder so that they still sum exactly to round(End) − round(Start). Per-segment terms are kept
 * as they are. The input is not changed.
 *
 * @example
 * const bridge = computeBridge({ baseWeights: [1, 2], baseRates: [10, 20],
 *   currentWeights: [2, 1], currentRates: [11, 21] });
 * const rounded = roundBridge(bridge, 1);
 * rounded.start.plus(rounded.effects.mix).plus(rounded.effects.rate).eq(rounded.end) //=> true
 */
export function roundBridge(
  bridge: BridgeResult,
  decimals: number,
  argument = "decimals"
): BridgeResult {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new DomainError("out-of-range", argument, {
      value: String(decimals),
      limit: `a whole number from 0 to ${MAX_DECIMALS}`,
    });
  }
  const start = bridge.start.toDecimalPlaces(decimals);
  const end = bridge.end.toDecimalPlaces(decimals);
  const names = effectNames(bridge.method);
  const rounded = largestRemainder(
    names.map((name) => bridge.effects[name]),
    end.minus(start),
    decimals
  );
  const effects: BridgeEffects = {
    mix: rounded[0] as Decimal,
    rate: rounded[1] as Decimal,
    interaction: names.length === 3 ? (rounded[2] as Decimal) : bridge.effects.interaction,
  };
  // The segments are passed through unread: the fast path makes their Decimals only on demand.
  return {
    method: bridge.method,
    start,
    end,
    effects,
    get segments() {
      return bridge.segments;
    },
  };
}
