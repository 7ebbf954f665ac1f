import { cellNumber, isBlank } from "../cellNumber";
import type { Drill3Context } from "./drill3Context";
import { D3_ASSUMPTION_ROWS, type D3RowName, type D3ScalarName } from "./drill3Names";

/** A month's value, or undefined when the cell is not a usable number (already a finding). */
export type MonthValues = readonly (number | undefined)[];

const ASSUMPTIONS: readonly string[] = D3_ASSUMPTION_ROWS;

/**
 * The 12 numbers of a month row as the rules see them. In an assumption row a blank month counts as
 * 0 (as in Excel) once the row is started; a row with nothing in it gives no numbers at all. In given
 * and output rows a blank is no number. Text and errors are never numbers.
 *
 * @example
 * monthValues(context, "D3_DOSLive") //=> [0, 5, 15, …]
 */
export function monthValues(context: Drill3Context, name: D3RowName): MonthValues | undefined {
  const row = context.rows[name];
  if (!row) return undefined;
  const blankIsZero = ASSUMPTIONS.includes(name) && row.some((cell) => !isBlank(cell));
  return row.map((cell) => (blankIsZero && isBlank(cell) ? 0 : cellNumber(cell)));
}

/**
 * A given or coach setting as a number, or undefined when missing or not a number.
 *
 * @example
 * scalarValue(context, "D3_MaxDOSPerMonth") //=> 20
 */
export function scalarValue(context: Drill3Context, name: D3ScalarName): number | undefined {
  return cellNumber(context.scalars[name]);
}

/**
 * The candidate's extra lever rows, blanks as 0 (an unused row is empty); undefined months where a
 * cell is text or an error.
 *
 * @example
 * otherLeverValues(context)?.[0] //=> [0, 0, 120000, …]
 */
export function otherLeverValues(context: Drill3Context): MonthValues[] | undefined {
  return context.otherLevers?.map((row) =>
    row.map((cell) => (isBlank(cell) ? 0 : cellNumber(cell)))
  );
}
