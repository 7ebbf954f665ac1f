import { Decimal, type DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { largestRemainder } from "../bridge/largestRemainder";
import { toDecimal, toDecimalVector } from "../bridge/toDecimal";

/** Months in a seasonality row. */
export const MONTHS_IN_YEAR = 12;
/** Decimal places a presenter may ask for. */
export const MAX_SPLIT_DECIMALS = 12;
const DIGIT_BUDGET = 38;
const MAX_ANNUAL = new Decimal("1e25");

/**
 * Splits an annual figure into 12 monthly values proportional to a seasonality row (any positive
 * scale: indices, last year's months, percentages) that sum exactly to the annual figure. With
 * `decimals`, months are rounded by largest remainder and still sum to the annual figure rounded the
 * same way; without, they are kept to about 30 decimal places, summing exactly.
 *
 * @example
 * seasonalSplit(1200, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]).map((d) => d.toNumber())[0] //=> 100
 * seasonalSplit(100, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2)
 *   .map((d) => d.toNumber()) //=> [8.34, 8.34, 8.34, 8.34, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33]
 */
export function seasonalSplit(
  annualTotal: DecimalInput,
  seasonality: readonly DecimalInput[],
  decimals?: number
): Decimal[] {
  const annual = toDecimal(annualTotal, "annual_total");
  if (annual.abs().gte(MAX_ANNUAL)) {
    // Beyond this the months cannot be held to the unit in 40 significant digits (and a figure this
    // large is a units mistake: Excel itself keeps 15 digits).
    throw new DomainError("out-of-range", "annual_total", {
      value: annual.toSignificantDigits(3).toString(),
      limit: "a figure below 1e25",
    });
  }
  if (seasonality.length !== MONTHS_IN_YEAR) {
    throw new DomainError("wrong-length", "seasonality", {
      value: String(seasonality.length),
      limit: "12 (one weight per month)",
    });
  }
  const weights = toDecimalVector(seasonality, "seasonality", "non-negative");
  const total = weights.reduce((sum, weight) => sum.plus(weight), new Decimal(0));
  if (total.isZero()) throw new DomainError("all-zero-weights", "seasonality");
  if (
    decimals !== undefined &&
    (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_SPLIT_DECIMALS)
  ) {
    throw new DomainError("out-of-range", "decimals", {
      value: String(decimals),
      limit: `a whole number from 0 to ${MAX_SPLIT_DECIMALS}`,
    });
  }
  // Without `decimals`, keep as many places as the digit budget allows for this magnitude.
  const places =
    decimals ?? (annual.isZero() ? 0 : Math.max(0, DIGIT_BUDGET - (annual.abs().e + 1)));
  const raw = weights.map((weight) => annual.times(weight).div(total));
  return largestRemainder(raw, annual.toDecimalPlaces(places), places);
}
