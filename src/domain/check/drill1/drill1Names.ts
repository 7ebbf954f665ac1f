import { contractName, nameShape } from "../../drills/contract/drillContract";
import {
  D1_BRIDGE_KEYS,
  D1_CONTROL_NAMES,
  D1_MOVES,
  D1_TIER_GIVENS,
  d1BridgeName,
  DRILL1_CONTRACT,
  type D1Bridge,
  type D1BridgeName,
  type D1ControlName,
  type D1TierName,
} from "../../drills/drill1/drill1Contract";

/**
 * The drill-1 names the check reads, grouped as its rules take them, all derived from drill 1's
 * contract (drill1Contract.ts): the names, their labels, which are optional and the moves' count
 * are declared there once.
 */

export {
  D1_AOV_CURRENCY,
  D1_DIAGNOSIS,
  D1_DIAGNOSIS_MIN_WORDS,
  D1_METHOD,
  D1_MOVES,
} from "../../drills/drill1/drill1Contract";
export type { D1ControlName, D1TierName } from "../../drills/drill1/drill1Contract";

export type D1EndName = D1BridgeName<"Start" | "End">;
export type D1EffectName = D1BridgeName<"Mix" | "Rate" | "Interaction">;

const BRIDGES = Object.keys(D1_BRIDGE_KEYS) as D1Bridge[];

/** Per-tier givens: one column, one row per tier, all the same length. */
export const D1_TIER_NAMES: readonly D1TierName[] = D1_TIER_GIVENS.map((g) => g.name);

/** The control totals over the raw rows, LQ and TQ each. */
export const D1_CONTROL_TOTAL_NAMES: readonly D1ControlName[] = D1_CONTROL_NAMES.map((c) => c.name);

/** The bridge's given ends, shown on the sheet (the check falls back on its own when absent). */
export const D1_END_NAMES: readonly D1EndName[] = BRIDGES.flatMap((b) => [
  d1BridgeName(b, "Start"),
  d1BridgeName(b, "End"),
]);

/** The candidate's effect cells. Interactions are only read when the workbook has them. */
export const D1_EFFECT_NAMES: readonly D1EffectName[] = BRIDGES.flatMap((b) => [
  d1BridgeName(b, "Mix"),
  d1BridgeName(b, "Rate"),
  d1BridgeName(b, "Interaction"),
]);

/** How many moves the candidate writes: the height of D1_Moves. */
export const D1_MOVE_COUNT = nameShape(DRILL1_CONTRACT, D1_MOVES).rows;

/**
 * How a coach calls a name in a message, from the contract.
 *
 * @example
 * d1Label("D1_AOVMix") //=> "AOV mix effect"
 */
export function d1Label(name: string): string {
  return contractName(DRILL1_CONTRACT, name).label;
}

/**
 * Whether the check reads a name only when the workbook defines it.
 *
 * @example
 * d1Optional("D1_STInteraction") //=> true
 */
export function d1Optional(name: string): boolean {
  return contractName(DRILL1_CONTRACT, name).optional === true;
}
