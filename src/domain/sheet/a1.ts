/**
 * A1 addresses: the one place that turns "C14" into row/column numbers and back. Rows and columns
 * are 1-based, as Excel shows them, in every layer (the Office.js writer and the file adapter too).
 * The lenient readers (`parseCell`, `parseRange`, `columnNumber`) return undefined for anything that
 * is not in the grid, since they read what a candidate's workbook holds; the `must…` readers and the
 * writers throw, since a plan with a bad address is a bug.
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
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
    throw new RangeError(`column must be an integer from 1 to ${MAX_COLUMN}, got ${column}`);
  }
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
  const { row } = position;
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) {
    throw new RangeError(`row must be an integer from 1 to ${MAX_ROW}, got ${row}`);
  }
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
 * Parses one A1 cell and throws when it is not one: for addresses a plan or a writer made itself.
 *
 * @example
 * mustParseCell("$AB$7") //=> { row: 7, column: 28 }
 */
export function mustParseCell(a1: string): CellPosition {
  const position = parseCell(a1);
  if (!position) throw new RangeError(`"${a1}" is not an A1 cell address`);
  return position;
}

/**
 * Parses one A1 rectangle and throws when it is not one.
 *
 * @example
 * mustParseRange("C10:N10") //=> { top: 10, left: 3, bottom: 10, right: 14 }
 */
export function mustParseRange(a1: string): RangeBox {
  const box = parseRange(a1);
  if (!box) throw new RangeError(`"${a1}" is not an A1 range`);
  return box;
}

/**
 * The box of `rows` × `columns` cells whose top-left cell is `topLeft`.
 *
 * @example
 * boxAt({ row: 1, column: 1 }, 2, 3) //=> { top: 1, left: 1, bottom: 2, right: 3 }
 */
export function boxAt(topLeft: CellPosition, rows: number, columns: number): RangeBox {
  return {
    top: topLeft.row,
    left: topLeft.column,
    bottom: topLeft.row + rows - 1,
    right: topLeft.column + columns - 1,
  };
}

/**
 * A box in absolute A1 ("$C$10:$N$10", "$C$10" for one cell).
 *
 * @example
 * absoluteA1({ top: 10, left: 3, bottom: 10, right: 14 }) //=> "$C$10:$N$10"
 */
export function absoluteA1(box: RangeBox): string {
  const cell = (row: number, column: number) => `$${columnLetters(column)}$${row}`;
  const first = cell(box.top, box.left);
  if (box.top === box.bottom && box.left === box.right) return first;
  return `${first}:${cell(box.bottom, box.right)}`;
}
