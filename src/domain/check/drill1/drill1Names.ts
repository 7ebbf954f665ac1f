/**
 * The workbook names the drill-1 check reads (PRODUCT.md section 3, as H2's D1 Work defines them)
 * and how a coach calls each one in a message.
 */

/** Per-tier givens: one column, one row per tier, all the same length. */
export const D1_TIER_NAMES = [
  "D1_OrdersLQ",
  "D1_OrdersTQ",
  "D1_RevenueLQ",
  "D1_RevenueTQ",
  "D1_ReceivedLQ",
  "D1_ReceivedTQ",
  "D1_SoldLQ",
  "D1_SoldTQ",
] as const;

/** The bridge's given ends, shown on the sheet (the check falls back on its own when absent). */
export const D1_END_NAMES = ["D1_AOVStart", "D1_AOVEnd", "D1_STStart", "D1_STEnd"] as const;

/** The candidate's effect cells. Interactions are only read when the workbook has them. */
export const D1_EFFECT_NAMES = [
  "D1_AOVMix",
  "D1_AOVRate",
  "D1_AOVInteraction",
  "D1_STMix",
  "D1_STRate",
  "D1_STInteraction",
] as const;

export const D1_METHOD = "D1_Method";
export const D1_MOVES = "D1_Moves";
export const D1_DIAGNOSIS = "D1_Diagnosis";
export const D1_MOVE_COUNT = 3;

export type D1TierName = (typeof D1_TIER_NAMES)[number];
export type D1EndName = (typeof D1_END_NAMES)[number];
export type D1EffectName = (typeof D1_EFFECT_NAMES)[number];

export const D1_LABELS: Record<D1TierName | D1EndName | D1EffectName, string> = {
  D1_OrdersLQ: "online orders by tier, last quarter",
  D1_OrdersTQ: "online orders by tier, this quarter",
  D1_RevenueLQ: "online revenue by tier, last quarter",
  D1_RevenueTQ: "online revenue by tier, this quarter",
  D1_ReceivedLQ: "units received by tier, last quarter",
  D1_ReceivedTQ: "units received by tier, this quarter",
  D1_SoldLQ: "units sold at full price by tier, last quarter",
  D1_SoldTQ: "units sold at full price by tier, this quarter",
  D1_AOVStart: "AOV last quarter",
  D1_AOVEnd: "AOV this quarter",
  D1_STStart: "sell-through last quarter",
  D1_STEnd: "sell-through this quarter",
  D1_AOVMix: "AOV mix effect",
  D1_AOVRate: "AOV rate effect",
  D1_AOVInteraction: "AOV interaction",
  D1_STMix: "sell-through mix effect",
  D1_STRate: "sell-through rate effect",
  D1_STInteraction: "sell-through interaction",
};
