import { cellA1, parseCell } from "../sheet/a1";
import type { ModelCell, WorkbookModel } from "../model/workbookModel";
import type { PlanCell, PlanName, PlanSheet, WorkbookPlan } from "../plan/workbookPlan";
import { applyRangeWrites } from "./applyRangeWrites";
import type { SharingEdits } from "./prepareSharing";
import { isKeptFormulasSheet } from "./readKeptFormulas";

export type SharedPlanMeta = Pick<WorkbookPlan, "drill" | "seed" | "mode" | "generatorVersion">;

/**
 * A shared workbook as a plan the .xlsx writer renders: the Review sheet first, then every sheet of
 * the model with the sharing's value writes applied (one block per row: values and formulas; formats and tables are not in the
 * model and are not carried over), earlier kept-formulas sheets hidden again, then the new
 * kept-formulas and Review sheets, and the workbook names that point at a range. This is the file
 * path of "Prepare for sharing" (and what the round-trip test writes); inside Excel the Office.js
 * adapter applies the edits to the open workbook instead.
 *
 * @example
 * const plan = sharedWorkbookPlan(model, prepareSharing(model, findings, stamp), meta);
 * const file = await writeXlsx([plan]);
 */
export function sharedWorkbookPlan(
  model: WorkbookModel,
  edits: SharingEdits,
  meta: SharedPlanMeta
): WorkbookPlan {
  const shared = applyRangeWrites(model, edits.writes);
  const sheets: PlanSheet[] = shared.sheets.map((sheet) => ({
    name: sheet.name,
    ...(isKeptFormulasSheet(sheet) ? { hidden: true } : {}),
    blocks: rowBlocks(sheet.cells),
  }));
  const names: PlanName[] = [...shared.names.values()]
    .filter((name) => name.target !== undefined)
    .map((name) => ({ name: name.name, refersTo: name.refersTo.replace(/^=/, "") }));
  // The Review first (the tab a coach opens on), the hidden kept formulas last.
  const review = edits.sheets.filter((sheet) => sheet.name === edits.reviewSheet);
  const rest = edits.sheets.filter((sheet) => sheet.name !== edits.reviewSheet);
  return { ...meta, sheets: [...review, ...sheets, ...rest], names };
}

function rowBlocks(cells: ReadonlyMap<string, ModelCell>): PlanSheet["blocks"] {
  const byRow = new Map<number, Map<number, ModelCell>>();
  for (const [address, cell] of cells) {
    const at = parseCell(address);
    if (!at) continue;
    const row = byRow.get(at.row) ?? new Map<number, ModelCell>();
    row.set(at.column, cell);
    byRow.set(at.row, row);
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, columns]) => {
      const first = Math.min(...columns.keys());
      const last = Math.max(...columns.keys());
      const rowCells: PlanCell[] = [];
      for (let column = first; column <= last; column += 1)
        rowCells.push(planCell(columns.get(column)));
      return { at: cellA1({ row, column: first }), rows: [rowCells] };
    });
}

function planCell(cell: ModelCell | undefined): PlanCell {
  if (!cell) return {};
  if (cell.formula !== undefined) return { formula: cell.formula };
  const value = cell.value;
  if (value === null) return {};
  if (typeof value === "object") return { value: value.error };
  return { value };
}
