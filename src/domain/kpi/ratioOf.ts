import type { Decimal, DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import { toDecimal } from "../bridge/toDecimal";

/** How a KPI ratio names its two arguments, and whether the part may exceed the whole. */
export type RatioNames = {
  readonly numerator: string;
  readonly denominator: string;
  /** `part-of-whole`: the numerator counts a subset of the denominator (refused if larger). */
  readonly kind: "part-of-whole" | "free";
};

/**
 * The shared shape of most seed-002 KPIs: numerator/denominator, both non-negative numbers; a zero
 * denominator is `division-by-zero`; for `part-of-whole` ratios a numerator above the denominator is
 * refused (a rate above 100% means the inputs are swapped or mis-keyed).
 *
 * @example
 * ratioOf(30, 1200, { numerator: "orders", denominator: "sessions", kind: "part-of-whole" })
 *   .toNumber() //=> 0.025
 */
export function ratioOf(
  numerator: DecimalInput,
  denominator: DecimalInput,
  names: RatioNames
): Decimal {
  const top = toDecimal(numerator, names.numerator, "non-negative");
  const bottom = toDecimal(denominator, names.denominator, "non-negative");
  if (bottom.isZero()) throw new DomainError("division-by-zero", names.denominator);
  if (names.kind === "part-of-whole" && top.gt(bottom)) {
    throw new DomainError("exceeds-total", names.numerator, {
      value: top.toString(),
      other: names.denominator,
      limit: bottom.toString(),
    });
  }
  return top.div(bottom);
}
