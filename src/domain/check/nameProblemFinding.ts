import type { Finding } from "../model/workbookModel";
import type { BlockShape, NameProblem } from "./readNamedBlock";

function shapeWords(shape: BlockShape): string {
  if (shape.rows === 1 && shape.columns === 1) return "one cell";
  if (shape.rows === 1 && shape.columns === 12) return "1 row × 12 months";
  return `${shape.rows} row${shape.rows === 1 ? "" : "s"} × ${shape.columns} column${shape.columns === 1 ? "" : "s"}`;
}

/**
 * The `missing-range` finding for a name the check needs but cannot read. `label` is how the coach
 * calls it ("cart value"); `anchor` is the sheet-qualified cell to point at when the name no longer
 * points anywhere (a finding always has a cell to select).
 *
 * @example
 * nameProblemFinding({ reason: "missing", name: "D3_CartValue" }, "cart value", { rows: 1, columns: 12 }, "'D3 Model'!A1").code
 * //=> "missing-range"
 */
export function nameProblemFinding(
  problem: NameProblem,
  label: string,
  shape: BlockShape,
  anchor: string
): Finding {
  const what = `${problem.name} (${label})`;
  const fix = `Open Formulas › Name Manager and point ${problem.name} at the ${shapeWords(shape)} it describes.`;
  const base = { code: "missing-range" as const, severity: "error" as const };
  switch (problem.reason) {
    case "missing":
      return {
        ...base,
        message: `The name ${what} is missing from the workbook, so nothing that depends on it can be checked. ${fix}`,
        cells: [anchor],
      };
    case "broken":
      return {
        ...base,
        // Not quoting refersTo: Excel reports "#REF!", a file "'Sheet'!#REF!"; both read the same.
        message: `${what} points at #REF!: the cells it named were deleted. ${fix}`,
        cells: [anchor],
      };
    case "sheet-missing":
      return {
        ...base,
        message: `${what} refers to a sheet that is not in the workbook ("${problem.refersTo}"). ${fix}`,
        cells: [anchor],
      };
    case "not-a-range":
      return {
        ...base,
        message: `${what} refers to "${problem.refersTo}", not to cells on a sheet. ${fix}`,
        cells: [anchor],
      };
    case "wrong-shape":
      return {
        ...base,
        message:
          `${what} covers ${problem.found}, ${shapeWords(problem)}; it must be exactly ${shapeWords(shape)}. ` +
          `A row or column was probably inserted or deleted inside it. ${fix}`,
        cells: [problem.found],
      };
  }
}
