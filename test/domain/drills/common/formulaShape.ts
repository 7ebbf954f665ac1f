import { findNumericLiterals } from "../../../../src/domain/check/formula/findNumericLiterals";
import { cellA1 } from "../../../../src/domain/sheet/a1";
import { toR1C1 } from "../../../../src/domain/sheet/toR1C1";

/**
 * What the plan tests ask of a formula, answered by the production readers the check uses, so a
 * builder is held to the same reading of a formula as a candidate's workbook.
 */

/** The formula in R1C1 terms as seen from (row, column), 1-based: equal for a formula copied along a row. */
export function r1c1Shape(formula: string, row: number, column: number): string {
  return toR1C1(formula, cellA1({ row, column }));
}

/** Every numeric literal of a formula, by value ("5%" is 0.05), allowed constants included. */
export function numericLiterals(formula: string): number[] {
  return findNumericLiterals(formula, []).map((literal) => literal.value);
}
