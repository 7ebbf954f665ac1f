import type { CellValue, PlanCell, PlanSheet } from "../plan/workbookPlan";
import { FORMATS } from "../plan/workbookPlan";

/** The title in A1 of every kept-formulas sheet; with the header row, how the add-in finds them. */
export const KEPT_FORMULAS_TITLE = "Kept formulas";

/** Row of the column headers; records start on the row below. */
export const KEPT_HEADER_ROW = 5;

/** The columns of a kept-formulas sheet, in order (A, B, C …). */
export const KEPT_HEADERS = [
  "Sheet",
  "Cell",
  "Formula cell",
  "Formula (without the leading =)",
  "Value when shared",
  "Kind",
  "Shown before",
] as const;

/**
 * What a kept cell held when the workbook was prepared: a number, text, a boolean, nothing (an empty
 * cell of a spilled result), or "not-computed" when the `LUX.*` result was an error value or missing
 * (the cell then holds an explanation, never a made-up number).
 */
export type KeptValueKind = "number" | "text" | "boolean" | "empty" | "not-computed";

/** One cell that "Prepare for sharing" turned from a `LUX.*` result into a value. */
export type KeptCell = {
  /** A1 without sheet, e.g. "C66". */
  cell: string;
  /** What the cell holds after sharing (null for an empty cell). */
  value: CellValue;
  kind: KeptValueKind;
  /** For "not-computed": what the cell showed before (e.g. "#VALUE!", or "no value"). */
  shownBefore?: string;
};

/** One `LUX.*` formula kept by "Prepare for sharing": its cell, its spill range and its values. */
export type KeptFormula = {
  sheet: string;
  /** The cell holding the formula, A1 without sheet. */
  anchor: string;
  /** The anchor and the cells its result spilled into ("C66:N66"); the anchor alone if it did not spill. */
  range: string;
  /** The formula exactly as it was, with its leading "=". */
  formula: string;
  /** Every cell of `range`, row by row, anchor first. */
  cells: KeptCell[];
  /** When the workbook was prepared (ISO 8601), as stamped on the kept-formulas sheet. */
  preparedAt: string;
  /** The hidden sheet that keeps it. */
  keptSheet: string;
};

/**
 * The hidden sheet that keeps the `LUX.*` formulas "Prepare for sharing" replaced with their values:
 * one row per replaced cell (the formula cell and every cell its result spilled into) with the sheet,
 * the cell, the formula cell it came from, the formula (on the formula cell's row only, stored
 * without its leading "=" so that no spreadsheet program takes it for a formula), the value written
 * and its kind. `restoreFormulas` reads it back with `readKeptFormulas`.
 *
 * @example
 * const sheet = keptFormulasSheet("Kept formulas", kept, "2026-11-23T11:00:00Z");
 * sheet.hidden //=> true
 * sheet.blocks[0]?.at //=> "A1"
 */
export function keptFormulasSheet(
  name: string,
  kept: readonly KeptFormula[],
  preparedAt: string
): PlanSheet {
  const text = (value: string, style: PlanCell["style"] = "given"): PlanCell => ({
    value,
    style,
    numberFormat: FORMATS.text,
  });
  const rows: PlanCell[][] = kept.flatMap((formula) =>
    formula.cells.map((cell): PlanCell[] => [
      text(formula.sheet),
      text(cell.cell),
      text(formula.anchor),
      cell.cell === formula.anchor ? text(formula.formula.replace(/^=/, "")) : {},
      keptValueCell(cell),
      text(cell.kind, "note"),
      cell.shownBefore === undefined ? {} : text(cell.shownBefore, "note"),
    ])
  );
  return {
    name,
    hidden: true,
    tabColor: "#8A8A8A",
    columnWidths: { A: 18, B: 10, C: 14, D: 70, E: 18, F: 14, G: 14 },
    blocks: [
      {
        at: "A1",
        rows: [
          [{ value: KEPT_FORMULAS_TITLE, style: "title" }],
          [
            {
              value:
                "The LUX.* formulas that Prepare for sharing replaced with their values, so the workbook reads the same without the add-in. The add-in's Restore formulas puts them back; please do not edit this sheet.",
              style: "instruction",
            },
          ],
          [
            { value: "Prepared at", style: "label" },
            { value: preparedAt, style: "stamp", numberFormat: FORMATS.text },
          ],
        ],
      },
      {
        at: `A${KEPT_HEADER_ROW}`,
        rows: [
          KEPT_HEADERS.map((header): PlanCell => ({ value: header, style: "header" })),
          ...rows,
        ],
      },
    ],
  };
}

function keptValueCell(cell: KeptCell): PlanCell {
  if (cell.value === null) return {};
  if (typeof cell.value === "string")
    return { value: cell.value, style: "given", numberFormat: FORMATS.text };
  return { value: cell.value, style: "given" };
}
