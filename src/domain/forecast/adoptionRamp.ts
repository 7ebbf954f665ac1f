import { Decimal, type DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { toDecimal } from "../bridge/toDecimal";
import type { RampShape } from "./rampShape";

/** The ramp's parameters (months are numbers on the model's timeline, 1 = first month). */
export type AdoptionRampInput = {
  readonly startMonth: DecimalInput;
  /** Months from the start month to the ceiling; must be > 0. */
  readonly rampMonths: DecimalInput;
  readonly ceiling: DecimalInput;
  readonly shape?: RampShape;
};

const ONE = new Decimal(1);
const TWO = new Decimal(2);
const THREE = new Decimal(3);

/**
 * The adoption level in each month: 0 before `startMonth`; from the start month, progress
 * x = min(1, (m − start + 1) / rampMonths), so the start month already reaches 1/rampMonths of the way;
 * value = ceiling × x (linear) or ceiling × (3x² − 2x³) (s-curve, smoothstep); the ceiling from then on.
 *
 * @example
 * adoptionRamp([1, 2, 3, 4, 5], { startMonth: 2, rampMonths: 2, ceiling: 0.6 })
 *   .map((d) => d.toNumber()) //=> [0, 0.3, 0.6, 0.6, 0.6]
 * adoptionRamp([1, 2, 3], { startMonth: 1, rampMonths: 2, ceiling: 1, shape: "s-curve" })
 *   .map((d) => d.toNumber()) //=> [0.5, 1, 1]
 */
export function adoptionRamp(months: readonly DecimalInput[], input: AdoptionRampInput): Decimal[] {
  const start = toDecimal(input.startMonth, "start_month");
  const length = toDecimal(input.rampMonths, "ramp_months");
  if (!length.gt(0)) {
    throw new DomainError("out-of-range", "ramp_months", {
      value: length.toString(),
      limit: "a number of months above 0",
    });
  }
  const ceiling = toDecimal(input.ceiling, "ceiling");
  const shape = input.shape ?? "linear";
  return months.map((value, index) => {
    const month = toDecimal(value, "months", "any", index + 1);
    if (month.lt(start)) return new Decimal(0);
    const elapsed = month.minus(start).plus(ONE).div(length);
    const progress = elapsed.gt(ONE) ? ONE : elapsed;
    const level =
      shape === "linear"
        ? progress
        : progress.times(progress).times(THREE.minus(TWO.times(progress)));
    return ceiling.times(level);
  });
}
