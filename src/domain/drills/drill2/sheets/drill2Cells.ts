import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import type { Drill2Name } from "../drill2Contract";
import { DRILL2_WEEK_INDEXES, drill2WeekColumn } from "../drill2Layout";

/**
 * The small cell makers both drill-2 sheets share: a one-row block, header and given cells, a row
 * across the 13 weeks, the week columns' widths and the tab colour.
 */

export const DRILL2_TAB = "#7F6000";

/**
 * A name the contract declares, as a formula writes it: the type catches a misspelt name.
 *
 * @example
 * d2Name("D2_MaxRevenueDrop") //=> "D2_MaxRevenueDrop"
 */
export function d2Name(name: Drill2Name): string {
  return name;
}

/**
 * One row of cells starting in column A.
 *
 * @example
 * line(4, [{ value: "Week" }]) //=> { at: "A4", rows: [[{ value: "Week" }]] }
 */
export function line(at: number, cells: PlanCell[]): PlanBlock {
  return { at: `A${at}`, rows: [cells] };
}

/**
 * A header cell.
 *
 * @example
 * header("Week") //=> { value: "Week", style: "header" }
 */
export function header(value: string): PlanCell {
  return { value, style: "header" };
}

/**
 * A given cell, with a number format when one is stated.
 *
 * @example
 * given(0.1, "0%") //=> { value: 0.1, style: "given", numberFormat: "0%" }
 */
export function given(value: string | number, numberFormat?: string): PlanCell {
  return { value, style: "given", ...(numberFormat ? { numberFormat } : {}) };
}

/**
 * A row across the weeks: label in A, unit in B, one cell per week (C–O) made from the week's
 * column letters, and an optional 13-week total after them.
 *
 * @example
 * weekRow(51, "Forecast sessions", "sessions", (x) => ({ formula: `=${x}44` })).rows[0]?.[2]
 * //=> { formula: "=C44" }
 */
export function weekRow(
  row: number,
  label: string,
  unit: string,
  cell: (column: string) => PlanCell,
  total?: PlanCell
): PlanBlock {
  return line(row, [
    { value: label, style: "label" },
    { value: unit, style: "note" },
    ...DRILL2_WEEK_INDEXES.map((w) => cell(drill2WeekColumn(w))),
    ...(total ? [total] : []),
  ]);
}

/**
 * The week numbers 1–13 as header cells.
 *
 * @example
 * weekNumberHeaders()[0] //=> { value: 1, style: "header", numberFormat: "0" }
 */
export function weekNumberHeaders(): PlanCell[] {
  return DRILL2_WEEK_INDEXES.map((w) => ({ value: w + 1, style: "header", numberFormat: "0" }));
}

/**
 * The width of every week column.
 *
 * @example
 * weekColumnWidths().C //=> 12
 */
export function weekColumnWidths(): Record<string, number> {
  return Object.fromEntries(DRILL2_WEEK_INDEXES.map((w) => [drill2WeekColumn(w), 12]));
}

/**
 * A table under its subtitle: the subtitle on the row above the header, then the header row and
 * the table's rows from column A.
 *
 * @example
 * titledTable(26, "Homepage modules", ["Module"], [])[1] //=> { at: "A26", rows: [[{ value: "Module", style: "header" }]] }
 */
export function titledTable(
  headerRow: number,
  subtitle: string,
  headers: string[],
  rows: PlanCell[][]
): PlanBlock[] {
  return [
    line(headerRow - 1, [{ value: subtitle, style: "subtitle" }]),
    { at: `A${headerRow}`, rows: [headers.map(header), ...rows] },
  ];
}
