/**
 * The tolerances PRODUCT.md section 4 fixes for drill 1. They absorb rounding in the candidate's
 * formulas (a bridge typed to the cent, a share to 0.01 point), never a different method.
 */

/** AOV effects may differ from the computed bridge by up to $1. */
export const AOV_TOLERANCE_USD = 1;

/** Sell-through effects may differ by up to 0.1 percentage point (as a share). */
export const ST_TOLERANCE = 0.001;

/** True when `given` is within `tolerance` of `expected` (with room for floating-point noise). */
export function within(given: number, expected: number, tolerance: number): boolean {
  return Math.abs(given - expected) <= tolerance * (1 + 1e-9) + 1e-12;
}

/**
 * The tier table and the control totals against the generator's truth: counts (orders, units) must
 * be exact, revenue within $1 (order values are whole dollars, so an exact SUMIFS gives the exact
 * sum; the dollar only absorbs a candidate's rounding).
 */
export const TIER_REVENUE_TOLERANCE_USD = 1;
