import type { Finding } from "../../model/workbookModel";
import { isBlank } from "../cellNumber";
import { quoteContent } from "../findingText";
import type { RangeCell } from "../readNamedBlock";

/** What a cell that should hold a number holds instead; undefined when it holds a finite number. */
export type NotANumber = "blank" | "text" | "error" | "boolean";

/**
 * Why a cell is not a number, or undefined when it is one.
 *
 * @example
 * notANumber({ address: "'D1 Work'!B33", a1: "B33", value: "n/a" }) //=> "text"
 */
export function notANumber(cell: RangeCell): NotANumber | undefined {
  const value = cell.value;
  if (isBlank(cell)) return "blank";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isFinite(value) ? undefined : "error";
  return "error";
}

/**
 * One `non-numeric` finding for the cells of a named block that must hold numbers but hold text, an
 * error value, TRUE/FALSE or (when `blanks` is "refused") nothing; undefined when all are numbers.
 *
 * @example
 * nonNumericFinding("D1_OrdersLQ", "orders last quarter", cells, "refused")?.cells
 * //=> ["'D1 Work'!B22"]
 */
export function nonNumericFinding(
  name: string,
  label: string,
  cells: readonly RangeCell[],
  blanks: "refused" | "allowed",
  fix = "Type the number back, or fix the formula upstream that gives the error."
): Finding | undefined {
  const bad = cells.filter((cell) => {
    const kind = notANumber(cell);
    return kind !== undefined && (kind !== "blank" || blanks === "refused");
  });
  if (bad.length === 0) return undefined;
  const shown = [...new Set(bad.map((cell) => quoteContent(cell.value)))].slice(0, 3).join(", ");
  const where =
    cells.length === 1
      ? "it holds"
      : `${bad.length} of its ${cells.length} cells hold${bad.length === 1 ? "s" : ""}`;
  return {
    code: "non-numeric",
    severity: "error",
    message: `${name} (${label}) must hold numbers, but ${where} ${shown}. ${fix}`,
    cells: bad.map((cell) => cell.address),
  };
}
