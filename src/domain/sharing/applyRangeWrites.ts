import { cellA1, parseRange } from "../sheet/a1";
import type { ModelCell, WorkbookModel } from "../model/workbookModel";
import type { RangeWrite } from "./rangeWrite";
import { SharingError } from "./sharingError";

/**
 * The model as it reads after some range writes, as a spreadsheet would apply them: "values" put
 * constants, "formulas" put formulas (their results unknown until a spreadsheet calculates: null),
 * "" and null empty a cell. Returns a new model; the input is not mutated. Used by the file path
 * (prepare a model, write it as .xlsx) and by tests that check what a host would end up with.
 *
 * @example
 * applyRangeWrites(model, edits.writes).sheets[0]?.cells.get("C52") //=> { value: 0.214 }
 */
export function applyRangeWrites(
  model: WorkbookModel,
  writes: readonly RangeWrite[]
): WorkbookModel {
  const sheets = model.sheets.map((sheet) => ({ ...sheet, cells: new Map(sheet.cells) }));
  for (const write of writes) {
    const sheet = sheets.find((s) => s.name.toUpperCase() === write.sheet.toUpperCase());
    const box = parseRange(write.range);
    if (!sheet || !box) {
      throw new SharingError(
        "not-a-range",
        `Cannot write ${write.range} on "${write.sheet}": no such sheet or range.`
      );
    }
    write.rows.forEach((row, r) =>
      row.forEach((entry, c) => {
        const address = cellA1({ row: box.top + r, column: box.left + c });
        if (entry === null || entry === "") {
          sheet.cells.delete(address);
          return;
        }
        const cell: ModelCell =
          write.kind === "formulas" && typeof entry === "string" && entry.startsWith("=")
            ? { value: null, formula: entry }
            : { value: entry };
        sheet.cells.set(address, cell);
      })
    );
  }
  return { ...model, sheets };
}
