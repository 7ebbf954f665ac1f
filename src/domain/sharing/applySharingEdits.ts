import { cellA1, parseCell } from "../sheet/a1";
import type { ModelCell, ModelSheet, WorkbookModel } from "../model/workbookModel";
import type { PlanSheet } from "../plan/workbookPlan";
import { applyRangeWrites } from "./applyRangeWrites";
import type { SharingEdits } from "./prepareSharing";

/**
 * The model a host holds once it has applied a sharing: the new sheets added (their values and
 * formulas; styles, links and visibility are a writer's business) and the `LUX.*` cells turned into
 * values. Returns a new model; the input is not mutated. A second `prepareSharing` or a
 * `restoreFormulas` can run on the result, as they would on the workbook.
 *
 * @example
 * const sharedModel = applySharingEdits(model, prepareSharing(model, findings, stamp));
 * restoreFormulas(sharedModel).restored.length //=> the number of formulas kept
 */
export function applySharingEdits(model: WorkbookModel, edits: SharingEdits): WorkbookModel {
  const written = applyRangeWrites(model, edits.writes);
  return { ...written, sheets: [...written.sheets, ...edits.sheets.map(planSheetToModel)] };
}

/** A plan sheet's cells as the model reads them (a formula's result unknown until calculated). */
function planSheetToModel(sheet: PlanSheet): ModelSheet {
  const cells = new Map<string, ModelCell>();
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    if (!origin) continue;
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = cellA1({ row: origin.row + r, column: origin.column + c });
        if (cell.formula !== undefined) cells.set(address, { value: null, formula: cell.formula });
        else if (cell.value !== undefined && cell.value !== null && cell.value !== "")
          cells.set(address, { value: cell.value });
      })
    );
  }
  return { name: sheet.name, cells };
}
