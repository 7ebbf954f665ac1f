import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import { DRILL3_MONTH_COLUMNS } from "../drill3Layout";

/** What the drill-3 sheet sections share: the month indexes, one-row blocks and number wording. */

/** Month indexes 0–11, one per month column. */
export const MONTH_INDEXES: readonly number[] = Array.from(
  { length: DRILL3_MONTH_COLUMNS.last - DRILL3_MONTH_COLUMNS.first + 1 },
  (_, m) => m
);

/**
 * One row of cells starting in column A.
 *
 * @example
 * row(8, [{ value: "Sales advisors (SAs)", style: "label" }]).at //=> "A8"
 */
export function row(at: number, cells: PlanCell[]): PlanBlock {
  return { at: `A${at}`, rows: [cells] };
}

/**
 * A share as the sheet's prose writes it, to one decimal of a point.
 *
 * @example
 * pct(0.1834) //=> "18.3%"
 */
export function pct(share: number): string {
  const points = Math.round(share * 1000) / 10;
  return `${points}%`;
}

/**
 * A count with thousands separators.
 *
 * @example
 * fmtInt(4800) //=> "4,800"
 */
export function fmtInt(n: number): string {
  return n.toLocaleString("en-US");
}
