/**
 * The tolerances PRODUCT.md section 4 fixes for drill 3. They are part of the spec, not coaching
 * rules of thumb (those are coach settings in the workbook, read by name): they absorb rounding,
 * never a modelling choice.
 */

/** `share-mismatch` and target-met: 0.05 percentage points, as a share. */
export const SHARE_TOLERANCE = 0.0005;

/** `levers-dont-sum`: the lever rows may differ from digital revenue by up to $1 (rounding). */
export const LEVER_SUM_TOLERANCE_USD = 1;

/** `baseline-mismatch`: month 1 may sit up to 1 percentage point from the baseline share. */
export const BASELINE_TOLERANCE = 0.01;

/** `total-revenue-drop`: forecast top-client revenue may fall at most 5% below its baseline. */
export const MAX_REVENUE_DROP = 0.05;

/** A month has 52/12 weeks (the spec's convention for weekly assumptions). */
export const WEEKS_PER_MONTH = 52 / 12;

/** Relative slack on comparisons against coach limits, so 8.000000001 hours is not "over 8". */
export const LIMIT_EPSILON = 1e-9;

/**
 * True when `value` is above `limit` by more than floating-point noise.
 *
 * @example
 * exceeds(8.000000000001, 8) //=> false
 * exceeds(8.01, 8) //=> true
 */
export function exceeds(value: number, limit: number): boolean {
  return value > limit + Math.abs(limit) * LIMIT_EPSILON + 1e-12;
}
