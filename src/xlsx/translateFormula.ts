import { MAX_COLUMN, MAX_ROW } from "../domain/sheet/a1";
import {
  type FormulaToken,
  type RefPart,
  refPartA1,
  tokenizeFormula,
} from "../domain/sheet/tokenizeFormula";

/**
 * Moves a formula by `rows` and `columns`, as Excel does when it fills or shares a formula: relative
 * references shift, `$`-anchored parts stay, and a reference pushed off the sheet becomes `#REF!`.
 * String literals, quoted sheet names, function names, workbook names and structured references
 * (`Table[Column]`) are left alone. Whole-column and whole-row ranges (`A:A`, `3:3`) are not moved.
 *
 * The .xlsx reader uses it to give every cell of a shared formula its own A1 formula.
 *
 * @example
 * translateFormula("=SUM($B2:C2)*'D3 Model'!C$10", 1, 2) //=> "=SUM($B3:E3)*'D3 Model'!E$10"
 */
export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return tokenizeFormula(formula)
    .map((token) => (token.kind === "ref" ? moveReference(token, rows, columns) : token.text))
    .join("");
}

function moveReference(
  token: Extract<FormulaToken, { kind: "ref" }>,
  rows: number,
  columns: number
): string {
  if (token.parts.some((part) => part.row === undefined || part.column === undefined)) {
    return token.text;
  }
  return token.sheet + token.parts.map((part) => movePart(part, rows, columns)).join(":");
}

/** One cell of a reference moved; each end of a range that falls off the sheet is `#REF!`. */
function movePart(part: RefPart, rows: number, columns: number): string {
  const column = (part.column ?? 0) + (part.columnAbsolute ? 0 : columns);
  const row = (part.row ?? 0) + (part.rowAbsolute ? 0 : rows);
  if (column < 1 || column > MAX_COLUMN || row < 1 || row > MAX_ROW) return "#REF!";
  return refPartA1({ ...part, column, row });
}
