/**
 * The workbook names the drill-2 check reads (H3's D2 Plan and D2 Baseline; README lists them) and
 * how a coach calls each one. Week rows are 1 row × 13 weeks; the lever tables are columns, one row
 * per lever, all the same length within a table.
 */

export const D2_WEEKS = 13;

/** Guardrails a coach may edit on the sheet; every limit the check applies comes from them. */
export const D2_GUARDRAILS = [
  "D2_MaxRevenueDrop",
  "D2_MinCVRRatio",
  "D2_ReplaceWithinWeeks",
  "D2_DiscountFreeByWeek",
] as const;

/** Baseline week rows (givens). */
export const D2_BASELINE_ROWS = ["D2_BaselineRevenue", "D2_BaselineCVR"] as const;

/** The candidate's weekly forecast rows. */
export const D2_FORECAST_ROWS = [
  "D2_ForecastSessions",
  "D2_ForecastOrders",
  "D2_ForecastRevenue",
  "D2_ForecastCVR",
  "D2_DiscountRevenue",
] as const;

/** The removals table: lever label first (its length sets the table's), then the other columns. */
export const D2_REMOVAL_COLUMNS = [
  "D2_RemovalLevers",
  "D2_RemovalKinds",
  "D2_RemovalRevenue",
  "D2_RemovalDiscountDriven",
  "D2_Removals",
  "D2_RemovalReplacedBy",
] as const;

/** The replacements table: label, then the week each goes live. */
export const D2_REPLACEMENT_COLUMNS = ["D2_ReplacementLevers", "D2_Replacements"] as const;

export type D2GuardrailName = (typeof D2_GUARDRAILS)[number];
export type D2RowName = (typeof D2_BASELINE_ROWS)[number] | (typeof D2_FORECAST_ROWS)[number];
export type D2RemovalColumn = (typeof D2_REMOVAL_COLUMNS)[number];
export type D2ReplacementColumn = (typeof D2_REPLACEMENT_COLUMNS)[number];

export const D2_LABELS: Record<
  D2GuardrailName | D2RowName | D2RemovalColumn | D2ReplacementColumn,
  string
> = {
  D2_MaxRevenueDrop: "max weekly revenue drop vs baseline",
  D2_MinCVRRatio: "min weekly conversion as a share of baseline",
  D2_ReplaceWithinWeeks: "weeks within which a replacement must be live",
  D2_DiscountFreeByWeek: "week from which discount-driven revenue must be zero",
  D2_BaselineRevenue: "baseline weekly revenue",
  D2_BaselineCVR: "baseline weekly conversion",
  D2_ForecastSessions: "forecast weekly sessions",
  D2_ForecastOrders: "forecast weekly orders",
  D2_ForecastRevenue: "forecast weekly revenue",
  D2_ForecastCVR: "forecast weekly conversion",
  D2_DiscountRevenue: "discount-driven revenue still running",
  D2_RemovalLevers: "levers to remove",
  D2_RemovalKinds: "type of each lever to remove",
  D2_RemovalRevenue: "weekly revenue of each lever to remove",
  D2_RemovalDiscountDriven: "discount-driven flag of each lever",
  D2_Removals: "week each lever is switched off",
  D2_RemovalReplacedBy: "replacement paired with each removed lever",
  D2_ReplacementLevers: "replacements on offer",
  D2_Replacements: "week each replacement goes live",
};
