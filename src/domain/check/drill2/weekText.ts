import { cellNumber, isBlank } from "../cellNumber";
import { describeMonths } from "../findingText";
import type { RangeCell } from "../readNamedBlock";
import { D2_WEEKS } from "./drill2Names";

/**
 * 1-based weeks as words, runs collapsed.
 *
 * @example
 * describeWeeks([3, 4, 5, 9]) //=> "weeks 3–5 and 9"
 */
export function describeWeeks(weeks: readonly number[]): string {
  return describeMonths(weeks).replace(/^months?|^no month/, (word) =>
    word === "months" ? "weeks" : word === "month" ? "week" : "no week"
  );
}

/** A week typed in a lever table: a week 1–13, not planned (empty or 0), or something else. */
export type PlannedWeek =
  | { kind: "week"; week: number }
  | { kind: "none" }
  | { kind: "invalid"; reason: "not-a-number" | "out-of-range" };

/**
 * Reads a week cell of the removals or replacements table: empty or 0 means not planned (kept, or
 * not launched), as the sheet's own formulas read it.
 *
 * @example
 * plannedWeek({ address: "'D2 Plan'!H12", a1: "H12", value: 4 }) //=> { kind: "week", week: 4 }
 */
export function plannedWeek(cell: RangeCell): PlannedWeek {
  if (isBlank(cell)) return { kind: "none" };
  const value = cellNumber(cell);
  if (value === undefined) return { kind: "invalid", reason: "not-a-number" };
  if (value === 0) return { kind: "none" };
  if (!Number.isInteger(value) || value < 1 || value > D2_WEEKS) {
    return { kind: "invalid", reason: "out-of-range" };
  }
  return { kind: "week", week: value };
}
