import DecimalJs from "decimal.js";

/**
 * The one decimal.js constructor of the project. A clone, never the global `Decimal.set`, so nothing
 * else in the page (or another add-in sharing the runtime) can change our precision or rounding.
 * 40 significant digits keep every bridge on realistic money and counts exact; ROUND_HALF_UP is what
 * a presenter expects from "round to the cent".
 *
 * @example
 * new Decimal("0.1").plus("0.2").toNumber() //=> 0.3
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** A value of our configured decimal type. */
export type Decimal = InstanceType<typeof Decimal>;

/** Anything our Decimal constructor accepts. */
export type DecimalInput = Decimal | number | string;
