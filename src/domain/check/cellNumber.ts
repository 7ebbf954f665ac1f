import type { RangeCell } from "./readNamedBlock";

/**
 * The number a cell holds, or undefined for text, errors, booleans, blanks and non-finite values.
 *
 * @example
 * cellNumber({ address: "'D3 Model'!C3", a1: "C3", value: 600 }) //=> 600
 */
export function cellNumber(cell: RangeCell | undefined): number | undefined {
  const value = cell?.value;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * True for a cell with nothing in it (or a formula showing ""), which Excel reads as 0 in arithmetic.
 *
 * @example
 * isBlank({ address: "'D3 Model'!C3", a1: "C3", value: null }) //=> true
 */
export function isBlank(cell: RangeCell | undefined): boolean {
  const value = cell?.value;
  return value === null || value === undefined || value === "";
}
