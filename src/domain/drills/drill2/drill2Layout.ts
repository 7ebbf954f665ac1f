import { columnLetters } from "../../sheet/a1";
import { DRILL2_WEEKS } from "./generateDrill2Data";

/**
 * Where drill 2 lives in a workbook: sheet names, rows and columns of the baseline summary, the
 * lever tables, the 13-week plan and the forecast. Weeks 1–13 are columns C–O on both sheets. Every
 * row and column number of the drill is written here once; the contract (DRILL2_CONTRACT.ts), the
 * builder's formulas and its sheet prose compute theirs from it.
 */

export const DRILL2_SHEETS = { baseline: "D2 Baseline", plan: "D2 Plan" } as const;

/** Where the Drill info stamp sits on the plan sheet (top-left). */
export const DRILL2_INFO_AT = "R1";

export const DRILL2_REMOVAL_COUNT = 5;
export const DRILL2_REPLACEMENT_COUNT = 7;

/** Rows of the baseline sheet. */
export const DRILL2_BASELINE_ROWS = {
  weeks: 4,
  sessions: 5,
  orders: 6,
  revenue: 7,
  cvr: 8,
  aov: 9,
  discountCost: 10,
  discountRevenue: 11,
  discountShare: 12,
  sourcesHeader: 15,
  modulesHeader: 26,
  navHeader: 34,
  capabilitiesHeader: 45,
  trafficHeader: 55,
} as const;

/** Rows of the plan sheet. */
export const DRILL2_PLAN_ROWS = {
  guardrailsHeader: 4,
  maxRevenueDrop: 5,
  minCVRRatio: 6,
  replaceWithinWeeks: 7,
  discountFreeByWeek: 8,
  removalsHeader: 11,
  firstRemoval: 12,
  replacementsHeader: 19,
  firstReplacement: 20,
  weeks: 29,
  firstRemovalPlan: 30,
  firstReplacementPlan: 35,
  baselineSessions: 44,
  baselineOrders: 45,
  baselineRevenue: 46,
  baselineCVR: 47,
  baselineDiscountRevenue: 48,
  forecastSessions: 51,
  forecastOrders: 52,
  forecastRevenue: 53,
  forecastCVR: 54,
  discountRevenue: 55,
  revenueVsBaseline: 56,
  cvrVsBaseline: 57,
  status: 58,
  notes: 61,
} as const;

/** The column of a guardrail's value (its label in A, its note in D). */
export const DRILL2_GUARDRAIL_COLUMN = "C";

/** Columns of the removals table (plan sheet). */
export const DRILL2_REMOVAL_COLUMNS = {
  lever: "A",
  replacedBy: "B",
  kind: "C",
  sessions: "D",
  orders: "E",
  revenue: "F",
  discountDriven: "G",
  week: "H",
  recapture: "I",
  shareLost: "J",
  replacementWeek: "K",
  pairing: "L",
} as const;

/** Columns of the replacements table (plan sheet). */
export const DRILL2_REPLACEMENT_COLUMNS = {
  lever: "A",
  kind: "B",
  week: "C",
  rampWeeks: "D",
  sessions: "E",
  orders: "F",
  aov: "G",
} as const;

/** The week columns (both sheets): week 1 in column 3 (C), one column per week. */
export const DRILL2_FIRST_WEEK_COLUMN = 3;

/** The 13 weeks, 0-based, in sheet order. */
export const DRILL2_WEEK_INDEXES: readonly number[] = Array.from(
  { length: DRILL2_WEEKS },
  (_, w) => w
);

/**
 * Column letters of week w (0-based).
 *
 * @example
 * drill2WeekColumn(0) //=> "C"
 * drill2WeekColumn(12) //=> "O"
 */
export function drill2WeekColumn(w: number): string {
  return columnLetters(DRILL2_FIRST_WEEK_COLUMN + w);
}

/**
 * The week cells of a row, as a relative range.
 *
 * @example
 * drill2WeekRange(53) //=> "C53:O53"
 */
export function drill2WeekRange(row: number): string {
  return `${drill2WeekColumn(0)}${row}:${drill2WeekColumn(DRILL2_WEEKS - 1)}${row}`;
}

/** The column right of the weeks (P): a 13-week total. */
export const DRILL2_TOTAL_COLUMN = drill2WeekColumn(DRILL2_WEEKS);

/**
 * Rows of a lever table on the plan sheet (removals or replacements), from its first row.
 *
 * @example
 * drill2TableRows("removals") //=> { first: 12, last: 16 }
 */
export function drill2TableRows(table: "removals" | "replacements"): {
  first: number;
  last: number;
} {
  const first =
    table === "removals" ? DRILL2_PLAN_ROWS.firstRemoval : DRILL2_PLAN_ROWS.firstReplacement;
  const count = table === "removals" ? DRILL2_REMOVAL_COUNT : DRILL2_REPLACEMENT_COUNT;
  return { first, last: first + count - 1 };
}

/**
 * Rows of a block of the plan grid (one row per lever): removals from `firstRemovalPlan`,
 * replacements from `firstReplacementPlan`.
 *
 * @example
 * drill2GridRows("replacements") //=> { first: 35, last: 41 }
 */
export function drill2GridRows(table: "removals" | "replacements"): {
  first: number;
  last: number;
} {
  const first =
    table === "removals"
      ? DRILL2_PLAN_ROWS.firstRemovalPlan
      : DRILL2_PLAN_ROWS.firstReplacementPlan;
  return { first, last: first + drill2TableRows(table).last - drill2TableRows(table).first };
}
