import { tokenizeFormula } from "../../sheet/tokenizeFormula";

/**
 * Literals a forecast formula may contain without hiding an assumption: nothing, one, months in a
 * year, weeks in a year, percent. Section 4 of PRODUCT.md fixes this list.
 */
export const ALLOWED_LITERALS: readonly number[] = [0, 1, 12, 52, 100];

export type NumericLiteral = { text: string; value: number };

/**
 * The numeric literals of a formula that are not allowed constants. Cell references ("C10"), names
 * that look like cells or R1C1 ("D3_SAs", "R1C1"), sheet names ("'D3 2024'!"), function names
 * ("LOG10"), error values ("#DIV/0!") and numbers inside strings are not literals. A percent literal
 * counts by its value ("5%" is 0.05; "100%" is the allowed 1).
 *
 * @example
 * findNumericLiterals("=C12*0.35+'D3 2024'!C10*12+LOG10(C3)") //=> [{ text: "0.35", value: 0.35 }]
 */
export function findNumericLiterals(
  formula: string,
  allowed: readonly number[] = ALLOWED_LITERALS
): NumericLiteral[] {
  const literals: NumericLiteral[] = [];
  for (const token of tokenizeFormula(formula)) {
    if (token.kind === "number" && !allowed.includes(token.value)) {
      literals.push({ text: token.text, value: token.value });
    }
  }
  return literals;
}
