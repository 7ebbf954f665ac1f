import type { CellValue } from "../plan/workbookPlan";

/**
 * One rectangle to overwrite in one go, as plain data. "values" writes constants (the Office.js
 * adapter assigns `range.values`; "" or null empties a cell); "formulas" writes formulas with their
 * leading "=" and "" for cells to empty (`range.formulas`).
 */
export type RangeWrite = {
  sheet: string;
  /** A1 without sheet, "C66" or "C66:N66"; `rows` has exactly its shape. */
  range: string;
  kind: "values" | "formulas";
  rows: CellValue[][];
};
