/* Exact decimal arithmetic on BigInt that rounds exactly like our Decimal clone (40 significant
 * digits, ROUND_HALF_UP), for the bridge's fast path. A value is c·10^e with an integer c. Every
 * operation here is the exact result correctly rounded to 40 significant digits, which is what
 * decimal.js promises for plus, minus, times and div, so the same inputs give the same values.
 * No BigInt literals (`10n`): an engine without BigInt must still parse the bundle and simply use the
 * decimal path (see `scaledArithmeticAvailable`). */
import { Decimal } from "../decimal";

/** c·10^e, c an integer (sign included, trailing zeros allowed). */
export type Scaled = { readonly c: bigint; readonly e: number };

/** Thrown when a value falls outside what the fast path handles; the caller uses decimal.js. */
export class ScaledUnsupported extends Error {
  constructor() {
    super("outside the scaled fast path");
    this.name = "ScaledUnsupported";
  }
}

/** Significant digits of the Decimal clone (src/domain/decimal.ts). */
export const PRECISION = 40;
/** Largest power of ten kept in the table; values needing more digits go to decimal.js. */
const MAX_DIGITS = 160;
/** Exponent gap beyond which plus stops aligning the operands digit by digit. */
const FAR_APART = 100;

/** True where the JavaScript engine has BigInt (every current Excel runtime does). */
export const scaledArithmeticAvailable: boolean = typeof BigInt === "function";

// Globals read once into module constants: where a global lookup is slow (jest runs modules in a vm
// context, where each one costs about ten times an ordinary call), the hot loops do not pay for it.
const big: (value: number | string) => bigint = scaledArithmeticAvailable
  ? BigInt
  : (undefined as never);
const { floor, log10, abs } = Math;
const { isSafeInteger, isFinite: isFiniteNumber } = Number;
const toNumber = Number;
const toText = String;

const POW10: bigint[] = [];
let BIG_ZERO: bigint;
let BIG_ONE: bigint;
let BIG_TWO: bigint;
let BIG_TEN: bigint;
let BIG_FIVE: bigint;
let LIMIT: bigint;
let LOW_LIMIT: bigint;
if (scaledArithmeticAvailable) {
  let power = big(1);
  for (let k = 0; k <= MAX_DIGITS; k += 1) {
    POW10.push(power);
    power *= big(10);
  }
  BIG_ZERO = big(0);
  BIG_ONE = big(1);
  BIG_TWO = big(2);
  BIG_TEN = big(10);
  BIG_FIVE = big(5);
  LIMIT = POW10[PRECISION] as bigint;
  LOW_LIMIT = POW10[PRECISION - 1] as bigint;
}

/** 10^k as a BigInt (0 ≤ k ≤ 160). */
export function pow10(k: number): bigint {
  const power = POW10[k];
  if (power === undefined) throw new ScaledUnsupported();
  return power;
}

/** The number of decimal digits of a positive BigInt. */
export function digitCount(a: bigint): number {
  let k = floor(log10(toNumber(a))) + 1;
  if (!(k >= 1 && k < MAX_DIGITS)) throw new ScaledUnsupported();
  if (a >= (POW10[k] as bigint)) k += 1;
  else if (k > 1 && a < (POW10[k - 1] as bigint)) k -= 1;
  return k;
}

/** Rounds |a| / 10^k to an integer, half away from zero (ROUND_HALF_UP), keeping the sign. */
function divideByPowerHalfUp(a: bigint, k: number): bigint {
  const negative = a < BIG_ZERO;
  const magnitude = negative ? -a : a;
  const power = pow10(k);
  let q = magnitude / power;
  if ((magnitude - q * power) * BIG_TWO >= power) q += BIG_ONE;
  return negative ? -q : q;
}

/**
 * Reads a finite JavaScript number as decimal.js does (`new Decimal(x)` parses `String(x)`, the
 * shortest decimal that round-trips), so 0.1 is exactly one tenth.
 */
export function scaledFromNumber(x: number): Scaled {
  if (isSafeInteger(x)) return { c: big(x), e: 0 };
  if (!isFiniteNumber(x)) throw new ScaledUnsupported();
  let text = toText(x);
  let e = 0;
  const at = text.indexOf("e");
  if (at >= 0) {
    e = toNumber(text.slice(at + 1));
    text = text.slice(0, at);
  }
  const dot = text.indexOf(".");
  if (dot >= 0) {
    e -= text.length - dot - 1;
    text = text.slice(0, dot) + text.slice(dot + 1);
  }
  return { c: big(text), e };
}

/** The exact value c·10^e rounded to 40 significant digits, half away from zero. */
export function round40(c: bigint, e: number): Scaled {
  if (c === BIG_ZERO) return { c, e: 0 };
  const digits = digitCount(c < BIG_ZERO ? -c : c);
  if (digits <= PRECISION) return { c, e };
  const drop = digits - PRECISION;
  return { c: divideByPowerHalfUp(c, drop), e: e + drop };
}

/** a·b rounded to 40 significant digits (decimal.js `times`). */
export function scaledTimes(a: Scaled, b: Scaled): Scaled {
  return round40(a.c * b.c, a.e + b.e);
}

/** a + b rounded to 40 significant digits (decimal.js `plus`). */
export function scaledPlus(a: Scaled, b: Scaled): Scaled {
  if (a.c === BIG_ZERO) return round40(b.c, b.e);
  if (b.c === BIG_ZERO) return round40(a.c, a.e);
  if (a.e === b.e) return round40(a.c + b.c, a.e);
  if (abs(a.e - b.e) > FAR_APART) {
    // Operands of at most 41 digits this far apart in scale: the smaller lies 42 or more orders
    // below the larger's leading digit, under half a unit of its 40th, so the sum rounds to the
    // larger, whichever its sign (correct rounding, as decimal.js does).
    const gap = scaledExponent(a) - scaledExponent(b);
    if (gap >= 42) return round40(a.c, a.e);
    if (gap <= -42) return round40(b.c, b.e);
    throw new ScaledUnsupported();
  }
  return a.e < b.e
    ? round40(a.c + b.c * pow10(b.e - a.e), a.e)
    : round40(a.c * pow10(a.e - b.e) + b.c, b.e);
}

/** a − b rounded to 40 significant digits (decimal.js `minus`). */
export function scaledMinus(a: Scaled, b: Scaled): Scaled {
  return scaledPlus(a, { c: -b.c, e: b.e });
}

/** a / b correctly rounded to 40 significant digits, half away from zero (decimal.js `div`). */
export function scaledDivide(a: Scaled, b: Scaled): Scaled {
  if (b.c === BIG_ZERO) throw new ScaledUnsupported();
  if (a.c === BIG_ZERO) return { c: BIG_ZERO, e: 0 };
  const negative = a.c < BIG_ZERO !== b.c < BIG_ZERO;
  const x = a.c < BIG_ZERO ? -a.c : a.c;
  const y = b.c < BIG_ZERO ? -b.c : b.c;
  // Pick k so that x·10^k / y has 40 digits; the float estimate can miss by one near a power of ten,
  // which the two corrections below catch.
  let k = PRECISION - 1 - floor(log10(toNumber(x) / toNumber(y)));
  if (!isFiniteNumber(k)) throw new ScaledUnsupported();
  let numerator = k >= 0 ? x * pow10(k) : x;
  let denominator = k >= 0 ? y : y * pow10(-k);
  let q = numerator / denominator;
  if (q < LOW_LIMIT) {
    k += 1;
    numerator = k >= 0 ? x * pow10(k) : x;
    denominator = k >= 0 ? y : y * pow10(-k);
    q = numerator / denominator;
  }
  const remainder = numerator - q * denominator;
  if (q >= LIMIT) {
    // 41 digits: the dropped part is (last digit + remainder/denominator)/10, half or more iff the
    // last digit is 5 or more.
    const last = q % BIG_TEN;
    q /= BIG_TEN;
    k -= 1;
    if (last >= BIG_FIVE) q += BIG_ONE;
  } else if (remainder * BIG_TWO >= denominator) {
    q += BIG_ONE;
  }
  return { c: negative ? -q : q, e: a.e - b.e - k };
}

/**
 * The value rounded to `places` decimal places, half away from zero (decimal.js `toDecimalPlaces`),
 * returned as the integer count of units of 10^−places.
 */
export function scaledToPlaces(a: Scaled, places: number): bigint {
  if (a.c === BIG_ZERO) return BIG_ZERO;
  const shift = a.e + places;
  if (shift >= 0) return a.c * pow10(shift);
  // Far below half a unit: rounds to zero (10^−shift exceeds |c| tenfold or more).
  if (-shift > digitCount(a.c < BIG_ZERO ? -a.c : a.c)) return BIG_ZERO;
  return divideByPowerHalfUp(a.c, -shift);
}

/**
 * a·b rounded to 40 significant digits and then to `places` decimal places, both half away from
 * zero (decimal.js `times(b).toDecimalPlaces(places)`), as integer units of 10^−places, with one
 * division: when the places cut lies above the 40-digit cut, the first rounding can only matter by
 * lifting a value just under half a unit to exactly half, which the remainder test below includes.
 */
export function scaledTimesToPlaces(a: Scaled, b: Scaled, places: number): bigint {
  const c = a.c * b.c;
  if (c === BIG_ZERO) return BIG_ZERO;
  const negative = c < BIG_ZERO;
  const magnitude = negative ? -c : c;
  const digits = digitCount(magnitude);
  const drop = digits > PRECISION ? digits - PRECISION : 0; // digits the 40-digit rounding removes
  const cut = -places - (a.e + b.e); // digits the rounding to places removes
  let units: bigint;
  if (cut <= drop) {
    const rounded = drop === 0 ? magnitude : divideByPowerHalfUp(magnitude, drop);
    units = rounded * pow10(drop - cut);
  } else if (cut > digits) {
    units = BIG_ZERO; // under a tenth of a unit, even after the 40-digit rounding
  } else {
    const power = pow10(cut);
    units = magnitude / power;
    const belowHalf = power - (magnitude - units * power) * BIG_TWO; // 2·(half − remainder)
    if (belowHalf <= (drop === 0 ? BIG_ZERO : pow10(drop))) units += BIG_ONE;
  }
  return negative ? -units : units;
}

/**
 * An exact sum of integers at one scale, refused when it leaves 40 digits (decimal.js would then
 * round it, and the fast path would no longer match).
 */
export function fixedSum(a: bigint, b: bigint): bigint {
  const sum = a + b;
  if (sum >= LIMIT || sum <= -LIMIT) throw new ScaledUnsupported();
  return sum;
}

/** The decimal exponent of a non-zero value (decimal.js `e`: 1234.5 has exponent 3). */
export function scaledExponent(a: Scaled): number {
  return digitCount(a.c < BIG_ZERO ? -a.c : a.c) - 1 + a.e;
}

/** Integer units of 10^−places as a Decimal. */
export function decimalFromUnits(units: bigint, places: number): Decimal {
  if (units === BIG_ZERO) return new Decimal(0);
  return new Decimal(`${units.toString()}e-${places}`);
}

/**
 * Integer units of 10^−places as the nearest JavaScript number: the same double as `toNumber()` on the
 * Decimal of that value (decimal.js parses its own exact text the same way).
 */
export function numberFromUnits(units: bigint, places: number): number {
  if (units === BIG_ZERO) return 0;
  return toNumber(`${units.toString()}e-${places}`);
}
