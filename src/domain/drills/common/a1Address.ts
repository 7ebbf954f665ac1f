import { columnLetters, parseCell as parseCellPosition, quoteSheet } from "../../a1Address";

/**
 * A1 address arithmetic for drill plans (1-based rows and columns, as a spreadsheet shows them).
 * Plans address cells without a sheet ("C10"); names and cross-sheet formulas quote the sheet.
 * The strict face of src/domain/a1Address: a plan with a bad address is a bug, so these throw.
 */

/**
 * The column letters of a 1-based column number.
 *
 * @example
 * columnLetter(3) //=> "C"
 * columnLetter(28) //=> "AB"
 */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) {
    throw new RangeError(`column must be an integer from 1, got ${column}`);
  }
  return columnLetters(column);
}

/**
 * Parses one A1 cell address ("C10" or "$C$10") into its 1-based column and row.
 *
 * @example
 * parseCell("$AB$7") //=> { column: 28, row: 7 }
 */
export function parseCell(address: string): { column: number; row: number } {
  const position = /^\$?[A-Z]{1,3}\$?\d+$/.test(address) ? parseCellPosition(address) : undefined;
  if (!position) throw new RangeError(`"${address}" is not an A1 cell address`);
  return { column: position.column, row: position.row };
}

/**
 * The A1 address of one cell.
 *
 * @example
 * cellAddress(3, 10) //=> "C10"
 */
export function cellAddress(column: number, row: number): string {
  if (!Number.isInteger(row) || row < 1) {
    throw new RangeError(`row must be an integer from 1, got ${row}`);
  }
  return `${columnLetter(column)}${row}`;
}

/**
 * The A1 address of a rectangle from its corners (a single cell when both corners are the same).
 *
 * @example
 * rangeAddress(3, 10, 14, 10) //=> "C10:N10"
 */
export function rangeAddress(
  fromColumn: number,
  fromRow: number,
  toColumn: number,
  toRow: number
): string {
  const from = cellAddress(fromColumn, fromRow);
  const to = cellAddress(toColumn, toRow);
  return from === to ? from : `${from}:${to}`;
}

/**
 * An absolute, sheet-qualified reference for names and cross-sheet formulas; the sheet is always
 * quoted (a writer may rename the sheet) and quotes inside it are doubled.
 *
 * @example
 * absoluteRef("D3 Model", "C10:N10") //=> "'D3 Model'!$C$10:$N$10"
 */
export function absoluteRef(sheet: string, range: string): string {
  const absolute = range
    .split(":")
    .map((cell) => {
      const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(cell);
      if (!match) throw new RangeError(`"${range}" is not an A1 range`);
      return `$${match[1]}$${match[2]}`;
    })
    .join(":");
  return `${quoteSheet(sheet)}!${absolute}`;
}
