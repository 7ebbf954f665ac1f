import { parseRange } from "../sheet/a1";
import type { WorkbookModel } from "../model/workbookModel";
import { isKeptFormulasSheet } from "./readKeptFormulas";
import { usesLux } from "./usesLux";

export type LuxFormulaCell = { sheet: string; address: string; formula: string };

/**
 * Every cell whose formula calls `LUX.*`, sheet by sheet and row by row (kept-formulas sheets hold
 * none). A host asks for the spill range of exactly these cells before it prepares a sharing.
 *
 * @example
 * luxFormulaCells(model) //=> [{ sheet: "D3 Model", address: "C52", formula: "=LUX.SAFESHARE(C50,C51)" }]
 */
export function luxFormulaCells(model: WorkbookModel): LuxFormulaCell[] {
  return model.sheets
    .filter((sheet) => !isKeptFormulasSheet(sheet))
    .flatMap((sheet) =>
      [...sheet.cells.entries()]
        .filter(([, cell]) => cell.formula !== undefined && usesLux(cell.formula))
        .map(([address, cell]) => ({
          sheet: sheet.name,
          address: address.toUpperCase(),
          formula: cell.formula as string,
        }))
        .sort((a, b) => compareAddresses(a.address, b.address))
    );
}

function compareAddresses(a: string, b: string): number {
  const boxA = parseRange(a);
  const boxB = parseRange(b);
  if (!boxA || !boxB) return a.localeCompare(b);
  return boxA.top - boxB.top || boxA.left - boxB.left;
}
