import { columnLetters, columnNumber } from "./a1";

/**
 * Moves a formula by `rows` and `columns`, as Excel does when it fills or shares a formula: relative
 * references shift, `$`-anchored parts stay, and a reference pushed off the sheet becomes `#REF!`.
 * String literals, quoted sheet names, function names, workbook names and structured references
 * (`Table[Column]`) are left alone. Whole-column and whole-row ranges (`A:A`, `3:3`) are not moved.
 *
 * The .xlsx reader uses it to give every cell of a shared formula its own A1 formula.
 *
 * @example
 * translateFormula("=SUM($B2:C2)*'D3 Work'!C$10", 1, 2) //=> "=SUM($B3:E3)*'D3 Work'!E$10"
 */
export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = "";
  let plain = "";
  const flush = (): void => {
    out += shiftReferences(plain, rows, columns);
    plain = "";
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'" || ch === "[") {
      flush();
      const end = ch === "[" ? endOfBrackets(formula, i) : endOfQuoted(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
    } else {
      plain += ch;
      i += 1;
    }
  }
  flush();
  return out;
}

const REFERENCE = /(^|[^A-Za-z0-9_.$\\])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.!\\])/g;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

function shiftReferences(text: string, rows: number, columns: number): string {
  // A shared prefix char can belong to two matches ("A1:B1"); replace until stable is not needed
  // because ":" is consumed as a prefix of the second reference only.
  return text.replace(
    REFERENCE,
    (
      whole,
      prefix: string,
      colAnchor: string,
      letters: string,
      rowAnchor: string,
      digits: string
    ) => {
      const col = columnNumber(letters);
      if (col > MAX_COLUMN) return whole;
      const newCol = colAnchor ? col : col + columns;
      const newRow = rowAnchor ? Number(digits) : Number(digits) + rows;
      if (newCol < 1 || newCol > MAX_COLUMN || newRow < 1 || newRow > MAX_ROW)
        return `${prefix}#REF!`;
      return `${prefix}${colAnchor}${columnLetters(newCol)}${rowAnchor}${newRow}`;
    }
  );
}

function endOfQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}

function endOfBrackets(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === "[") depth += 1;
    else if (text[i] === "]") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}
