import { Decimal, type DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";

/** Which values a number argument accepts: counts and amounts are `non-negative`, rates `any`. */
export type NumberSign = "any" | "non-negative";

/**
 * Converts one number argument to a Decimal, refusing NaN, ±Infinity, unparseable strings and (for
 * `non-negative`) values below zero with a {@link DomainError} that names the argument.
 *
 * @example
 * toDecimal(12.5, "revenue").toNumber() //=> 12.5
 * toDecimal(-1, "orders", "non-negative") // throws DomainError code "negative"
 */
export function toDecimal(
  value: DecimalInput,
  argument: string,
  sign: NumberSign = "any",
  item?: number
): Decimal {
  let decimal: Decimal;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new DomainError("not-a-number", argument, { item, value: String(value) });
    }
    decimal = new Decimal(value);
  } else if (typeof value === "string") {
    try {
      decimal = new Decimal(value);
    } catch (cause) {
      throw new DomainError("not-a-number", argument, { item, value: quote(value) }, { cause });
    }
  } else {
    decimal = value;
  }
  if (!decimal.isFinite()) {
    throw new DomainError("not-a-number", argument, { item, value: decimal.toString() });
  }
  if (sign === "non-negative" && decimal.isNegative() && !decimal.isZero()) {
    throw new DomainError("negative", argument, { item, value: decimal.toString() });
  }
  return decimal;
}

/**
 * Converts a range argument (one value per segment) to Decimals, with the same refusals as
 * {@link toDecimal}; the message names the 1-based item.
 *
 * @example
 * toDecimalVector([1, "2.5"], "base_orders").map((d) => d.toNumber()) //=> [1, 2.5]
 */
export function toDecimalVector(
  values: readonly DecimalInput[],
  argument: string,
  sign: NumberSign = "any"
): Decimal[] {
  return values.map((value, index) => toDecimal(value, argument, sign, index + 1));
}

/** Shortens and quotes text for a message, so a pasted paragraph cannot flood the tooltip. */
export function quote(text: string): string {
  const short = text.length > 24 ? `${text.slice(0, 21)}...` : text;
  return `"${short}"`;
}
