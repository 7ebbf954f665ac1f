/**
 * A tiny formula reader for tests: the R1C1 shape of an A1 formula written in a given cell, and the
 * numeric literals it holds (ignoring strings, cell references, sheet names, names and functions).
 */

const CELL_REF = /(?<![A-Za-z0-9_.$'!])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function stripStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

function stripSheetNames(formula: string): string {
  return formula.replace(/'(?:[^']|'')+'!/g, "");
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The formula in R1C1 terms relative to (row, column), 1-based. */
export function r1c1Shape(formula: string, row: number, column: number): string {
  return stripSheetNames(stripStrings(formula)).replace(
    CELL_REF,
    (_all, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const r = Number(digits);
      const c = columnNumber(letters);
      const rPart = rowAbs ? `R${r}` : r === row ? "R" : `R[${r - row}]`;
      const cPart = colAbs ? `C${c}` : c === column ? "C" : `C[${c - column}]`;
      return rPart + cPart;
    }
  );
}

/** Numeric literals in a formula (as numbers). */
export function numericLiterals(formula: string): number[] {
  const bare = stripSheetNames(stripStrings(formula))
    .replace(CELL_REF, " ")
    .replace(/[A-Za-z_][A-Za-z0-9_.]*/g, " ");
  return [...bare.matchAll(/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)].map((m) => Number(m[0]));
}
