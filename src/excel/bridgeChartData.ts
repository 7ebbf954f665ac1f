import type { PlanBlock, PlanCell } from "../domain/plan/workbookPlan";
import { columnLetters, parseCell, quoteSheet, splitSheetAddress } from "./a1";

/** The helper rows behind a stacked-column bridge, and where they land. */
export type BridgeChartData = {
  block: PlanBlock;
  /** Sheet-local address of the helper rows, header included, e.g. "A1:E6". */
  range: string;
  /** Rows the block takes, header included. */
  rows: number;
};

const HEADERS = ["Step", "Base", "Total", "Increase", "Decrease"];

/**
 * Helper formulas for a waterfall drawn as a stacked column chart (hosts without ExcelApi 1.9): an
 * invisible "Base" series lifts each effect to where the previous step ended, "Total" draws Start and
 * End from zero, and "Increase"/"Decrease" draw each effect's size. The formulas point at the plan's
 * source cells, so the chart follows the candidate's numbers.
 *
 * @example
 * bridgeChartData("'D1 Work'!$B$20:$C$23", 1).range //=> "A1:E5"
 */
export function bridgeChartData(source: string, topRow: number): BridgeChartData {
  const { sheet, address } = splitSheetAddress(source);
  const [from = "", to = from] = address.split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  const count = end.row - start.row + 1;
  if (count < 2 || end.column !== start.column + 1) {
    throw new Error(
      `Waterfall source ${source} must be two columns (labels, values), Start to End.`
    );
  }
  const q = quoteSheet(sheet);
  const labelColumn = columnLetters(start.column);
  const valueColumn = columnLetters(end.column);
  const firstRow = start.row + 1;
  const header: PlanCell[] = HEADERS.map((value) => ({ value, style: "header" }));
  const body: PlanCell[][] = [];
  for (let i = 0; i < count; i += 1) {
    const row = firstRow + i;
    const value = `${q}!$${valueColumn}$${row}`;
    const label: PlanCell = { formula: `=${q}!$${labelColumn}$${row}` };
    if (i === 0 || i === count - 1) {
      body.push([label, { value: 0 }, { formula: `=${value}` }, { value: 0 }, { value: 0 }]);
    } else {
      const before = `SUM(${q}!$${valueColumn}$${firstRow}:$${valueColumn}$${row - 1})`;
      body.push([
        label,
        { formula: `=MIN(${before},${before}+${value})` },
        { value: 0 },
        { formula: `=MAX(${value},0)` },
        { formula: `=MAX(-${value},0)` },
      ]);
    }
  }
  const rows = count + 1;
  return {
    block: { at: `A${topRow}`, rows: [header, ...body] },
    range: `A${topRow}:E${topRow + rows - 1}`,
    rows,
  };
}
