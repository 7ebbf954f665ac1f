import { type SheetRange, splitSheetRef } from "../sheet/sheetRef";

/**
 * Where a workbook name points, when it points at one rectangle of cells on a sheet that exists:
 * `{ sheet, range }` with the sheet spelled as the workbook spells it and the range in A1 without `$`.
 * Anything else — "#REF!", a deleted sheet, several areas, a constant, a formula — gives undefined.
 * Both adapters (Office.js and .xlsx) use this, so a name resolves the same way in either.
 *
 * @example
 * resolveNameTarget("='D3 Model'!$C$14:$N$14", ["D3 Model"]) //=> { sheet: "D3 Model", range: "C14:N14" }
 * resolveNameTarget("#REF!", ["D3 Model"]) //=> undefined
 */
export function resolveNameTarget(
  refersTo: string,
  sheetNames: readonly string[]
): SheetRange | undefined {
  const split = splitSheetRef(refersTo);
  if (split === undefined) return undefined;
  const wanted = split.sheet.toUpperCase();
  const sheet = sheetNames.find((name) => name.toUpperCase() === wanted);
  return sheet === undefined ? undefined : { sheet, range: split.range };
}
