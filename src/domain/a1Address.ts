/**
 * A1 addresses: the one place that turns "C14" into row/column numbers and back, and qualifies an
 * address with its sheet for a finding ("'D3 Model'!C14"). Rows and columns are 1-based, as in Excel.
 */

/** Excel's grid limits: XFD columns, 1,048,576 rows. */
export const MAX_COLUMN = 16384;
export const MAX_ROW = 1048576;

export type CellPosition = { row: number; column: number };

export type RangeBox = { top: number; left: number; bottom: number; right: number };

/**
 * Column letters to a 1-based column number; undefined past XFD or for anything but letters.
 *
 * @example
 * columnNumber("AA") //=> 27
 */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMN ? n : undefined;
}

/**
 * A 1-based column number to its letters.
 *
 * @example
 * columnLetters(27) //=> "AA"
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Parses one A1 cell ("C14", "$C$14") into a position; undefined when it is not a cell in the grid.
 *
 * @example
 * parseCell("$C$14") //=> { row: 14, column: 3 }
 */
export function parseCell(a1: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!match) return undefined;
  const column = columnNumber(match[1] ?? "");
  const row = Number(match[2]);
  if (column === undefined || !Number.isInteger(row) || row < 1 || row > MAX_ROW) return undefined;
  return { row, column };
}

/**
 * Parses an A1 rectangle ("C14:N14", "$C$14", "B27:B28") into its box; undefined otherwise.
 *
 * @example
 * parseRange("C14:N14") //=> { top: 14, left: 3, bottom: 14, right: 14 }
 */
export function parseRange(a1: string): RangeBox | undefined {
  const parts = a1.split(":");
  if (parts.length > 2) return undefined;
  const first = parseCell(parts[0] ?? "");
  const last = parts.length === 2 ? parseCell(parts[1] ?? "") : first;
  if (!first || !last) return undefined;
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.column, last.column),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.column, last.column),
  };
}

/**
 * A position back to A1 without `$`.
 *
 * @example
 * cellA1({ row: 14, column: 3 }) //=> "C14"
 */
export function cellA1(position: CellPosition): string {
  return `${columnLetters(position.column)}${position.row}`;
}

/**
 * A box back to A1 ("C14" for one cell, "C14:N14" otherwise).
 *
 * @example
 * rangeA1({ top: 14, left: 3, bottom: 14, right: 14 }) //=> "C14:N14"
 */
export function rangeA1(box: RangeBox): string {
  const first = cellA1({ row: box.top, column: box.left });
  if (box.top === box.bottom && box.left === box.right) return first;
  return `${first}:${cellA1({ row: box.bottom, column: box.right })}`;
}

/**
 * A sheet name as Excel writes it in a reference: always quoted, inner quotes doubled.
 *
 * @example
 * quoteSheet("D3 Model") //=> "'D3 Model'"
 */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A sheet-qualified address for a finding.
 *
 * @example
 * qualify("D3 Model", "E14") //=> "'D3 Model'!E14"
 */
export function qualify(sheet: string, a1: string): string {
  return `${quoteSheet(sheet)}!${a1}`;
}
