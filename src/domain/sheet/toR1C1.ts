import { parseCell } from "./a1";
import { type RefPart, tokenizeFormula } from "./tokenizeFormula";

function offset(kind: "R" | "C", value: number, base: number, absolute: boolean): string {
  if (absolute) return `${kind}${value}`;
  const delta = value - base;
  return delta === 0 ? kind : `${kind}[${delta}]`;
}

function partR1C1(part: RefPart, base: { row: number; column: number }): string {
  const row = part.row === undefined ? "" : offset("R", part.row, base.row, part.rowAbsolute);
  const column =
    part.column === undefined ? "" : offset("C", part.column, base.column, part.columnAbsolute);
  return row + column;
}

/**
 * Rewrites an A1 formula in R1C1 form as seen from the cell that holds it, so that formulas copied
 * across a row compare equal ("=C12*C13" in C14 and "=D12*D13" in D14 both give "=R[-2]C*R[-1]C").
 * Absolute parts keep their number ($C$3 → R3C3), whole columns and rows become C[n] and R[n].
 * Sheet prefixes are kept, strings are left as written; everything else is upper-cased and spaces are
 * dropped, since Excel ignores case and spacing when it compares formulas.
 * Throws a RangeError when `address` is not an A1 cell (a programming error, not a candidate's).
 *
 * @example
 * toR1C1("=C12*$C$3/SUM('D3 2024'!C:C)", "E14")
 * //=> "=R[-2]C[-2]*R3C3/SUM('D3 2024'!C[-2]:C[-2])"
 */
export function toR1C1(formula: string, address: string): string {
  const bang = address.lastIndexOf("!");
  const base = parseCell(bang >= 0 ? address.slice(bang + 1) : address);
  if (!base) throw new RangeError(`toR1C1 needs an A1 cell address, got "${address}".`);
  return tokenizeFormula(formula)
    .map((token) => {
      switch (token.kind) {
        case "string":
          return token.text;
        case "space":
          return "";
        case "ref":
          return token.sheet.toUpperCase() + token.parts.map((p) => partR1C1(p, base)).join(":");
        default:
          return token.text.toUpperCase();
      }
    })
    .join("");
}
