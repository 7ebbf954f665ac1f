/** A1 address arithmetic for the Office.js writer (0-based rows and columns inside). */

export type CellRef = { row: number; column: number };

/** A sheet-qualified address split into its sheet name (unquoted) and its A1 part. */
export type SheetAddress = { sheet: string; address: string };

/**
 * Column letters to a 0-based index.
 *
 * @example
 * columnIndex("AA") //=> 26
 */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/**
 * A 0-based column index to letters.
 *
 * @example
 * columnLetters(26) //=> "AA"
 */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Parses one A1 cell ("$C$10" or "C10").
 *
 * @example
 * parseCell("C10") //=> { row: 9, column: 2 }
 */
export function parseCell(address: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`"${address}" is not an A1 cell address.`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1] ?? "") };
}

/**
 * A 0-based cell to its A1 address.
 *
 * @example
 * cellAddress({ row: 9, column: 2 }) //=> "C10"
 */
export function cellAddress(cell: CellRef): string {
  return `${columnLetters(cell.column)}${cell.row + 1}`;
}

/**
 * The A1 address of a rectangle from its top-left cell and size.
 *
 * @example
 * rectAddress({ row: 0, column: 0 }, 2, 3) //=> "A1:C2"
 */
export function rectAddress(topLeft: CellRef, rows: number, columns: number): string {
  const bottomRight = { row: topLeft.row + rows - 1, column: topLeft.column + columns - 1 };
  return rows === 1 && columns === 1
    ? cellAddress(topLeft)
    : `${cellAddress(topLeft)}:${cellAddress(bottomRight)}`;
}

/**
 * Splits "'D3 Work'!$C$10:$N$10" into sheet and address; a leading "=" is ignored.
 *
 * @example
 * splitSheetAddress("'D3 Work'!C10") //=> { sheet: "D3 Work", address: "C10" }
 */
export function splitSheetAddress(reference: string): SheetAddress {
  const text = reference.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) throw new Error(`"${reference}" does not name a sheet.`);
  const rawSheet = text.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'")
      ? rawSheet.slice(1, -1).replaceAll("''", "'")
      : rawSheet;
  return { sheet, address: text.slice(bang + 1).replaceAll("$", "") };
}

/**
 * Quotes a sheet name for a reference.
 *
 * @example
 * quoteSheet("Bob's") //=> "'Bob''s'"
 */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replaceAll("'", "''")}'`;
}
