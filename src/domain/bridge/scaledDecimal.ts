/* Exact decimal arithmetic on BigInt that rounds exactly like our Decimal clone (40 significant
 * digits, ROUND_HALF_UP), for the bridge's fast path. A value is c·10^e with an integer c, and carries
 * d, the number of digits of |c|: knowing it, a product's length is one comparison away, where
 * measuring a BigInt's length costs a conversion and a logarithm. Every operation here is the exact
 * result correctly rounded to 40 significant digits, which is what decimal.js promises for plus,
 * minus, times and div, so the same inputs give the same values.
 * Rounding half up divides once: ⌊(m + 10^k/2) / 10^k⌋ is m/10^k rounded, where a quotient and a
 * remainder test would cost a division, a product and a difference (BigInt division is the dearest
 * operation, about 300 ns, a sum about 50).
 * No BigInt literals (`10n`): an engine without BigInt must still parse the bundle and simply use the
 * decimal path (see `scaledArithmeticAvailable`). */
import { Decimal } from "../decimal";

/** c·10^e, c an integer (sign included, trailing zeros allowed), d the digits of |c| (0 for zero). */
export type Scaled = { readonly c: bigint; readonly e: number; readonly d: number };

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
/** Largest integer read from a JavaScript number without going through its text (see below). */
const DIRECT_LIMIT = 1e15;

/** True where the JavaScript engine has BigInt (every current Excel runtime does). */
export const scaledArithmeticAvailable: boolean = typeof BigInt === "function";

// Globals read once into module constants: where a global lookup is slow (jest runs modules in a vm
// context, where each one costs about ten times an ordinary call), the hot loops do not pay for it.
const big: (value: number | string) => bigint = scaledArithmeticAvailable
  ? BigInt
  : (undefined as never);
const { floor, log10, abs } = Math;
const { isSafeInteger, isInteger, isFinite: isFiniteNumber } = Number;
const toNumber = Number;
const toText = String;

const POW10: bigint[] = [];
const NEGATIVE_POW10: bigint[] = [];
/** ⌊10^k / 2⌋: added before dividing by 10^k, it rounds half up (0 for k = 0: nothing to round). */
const HALF_POW10: bigint[] = [];
/** 10^k as JavaScript numbers, exact up to 10^22. */
const POW10_NUMBER: number[] = [];
for (let k = 0; k <= 22; k += 1) POW10_NUMBER.push(toNumber(`1e${k}`));
let BIG_ZERO: bigint;
let BIG_ONE: bigint;
let BIG_TEN: bigint;
let BIG_FIVE: bigint;
let LIMIT: bigint;
let LOW_LIMIT: bigint;
let ZERO_SCALED: Scaled;
if (scaledArithmeticAvailable) {
  BIG_ZERO = big(0);
  BIG_ONE = big(1);
  BIG_TEN = big(10);
  BIG_FIVE = big(5);
  let power = BIG_ONE;
  for (let k = 0; k <= MAX_DIGITS; k += 1) {
    POW10.push(power);
    NEGATIVE_POW10.push(-power);
    HALF_POW10.push(power / big(2));
    power *= BIG_TEN;
  }
  LIMIT = POW10[PRECISION] as bigint;
  LOW_LIMIT = POW10[PRECISION - 1] as bigint;
  ZERO_SCALED = { c: BIG_ZERO, e: 0, d: 0 };
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

/** The digits of |a|, 0 for zero. */
function digitsOf(a: bigint): number {
  if (a === BIG_ZERO) return 0;
  return digitCount(a < BIG_ZERO ? -a : a);
}

/** c·10^e as a Scaled value (counts the digits of c). */
export function scaled(c: bigint, e: number): Scaled {
  return { c, e, d: digitsOf(c) };
}

/**
 * The digits of a product a·b of values with `da` and `db` digits: da + db − 1 or da + db, told
 * apart by one comparison with 10^(da+db−1), on the side of zero where the product lies.
 */
function productDigits(product: bigint, da: number, db: number): number {
  const k = da + db - 1;
  if (k >= MAX_DIGITS) throw new ScaledUnsupported();
  if (product > BIG_ZERO) return product >= (POW10[k] as bigint) ? k + 1 : k;
  return product <= (NEGATIVE_POW10[k] as bigint) ? k + 1 : k;
}

/** a / 10^k rounded to an integer, half away from zero (ROUND_HALF_UP), keeping the sign. */
function divideByPowerHalfUp(a: bigint, k: number): bigint {
  const power = pow10(k);
  // BigInt division truncates towards zero, so the half goes on the side of a's sign.
  return a < BIG_ZERO
    ? (a - (HALF_POW10[k] as bigint)) / power
    : (a + (HALF_POW10[k] as bigint)) / power;
}

/** The digits of a safe integer's magnitude (a JavaScript number, so no BigInt is measured). */
function numberDigits(x: number): number {
  const magnitude = x < 0 ? -x : x;
  let k = 1;
  while (k < 16 && magnitude >= (POW10_NUMBER[k] as number)) k += 1;
  return magnitude === 0 ? 0 : k;
}

/**
 * Reads a finite JavaScript number as decimal.js does (`new Decimal(x)` parses `String(x)`, the
 * shortest decimal that round-trips), so 0.1 is exactly one tenth.
 *
 * Most numbers (money to the cent, rates to a few places) are read without their text: if x·10^k is
 * an integer M below 10^15 and M/10^k gives x back (a correctly rounded division, since M and 10^k
 * are exact), M·10^−k is the value of String(x). Decimals with k places are then spaced more than four
 * units in the last place of x apart, so only one of them rounds to x, and the shortest decimal that
 * does cannot have more places without having more digits than M (a fast-check test compares both
 * readings on 20,000 numbers: cents, decimals of up to 22 places, any double, and M near 10^15).
 */
export function scaledFromNumber(x: number): Scaled {
  if (isSafeInteger(x)) return { c: big(x), e: 0, d: numberDigits(x) };
  if (!isFiniteNumber(x)) throw new ScaledUnsupported();
  for (let k = 1; k <= 22; k += 1) {
    const power = POW10_NUMBER[k] as number;
    const m = x * power;
    if (!(m < DIRECT_LIMIT && m > -DIRECT_LIMIT)) break;
    if (isInteger(m) && m / power === x) return { c: big(m), e: -k, d: numberDigits(m) };
  }
  return scaledFromText(x);
}

/** {@link scaledFromNumber} through the number's text, for every number. */
export function scaledFromText(x: number): Scaled {
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
  return scaled(big(text), e);
}

/** The exact value c·10^e (c with `digits` digits) rounded to 40 significant digits, half up. */
function roundTo40(c: bigint, e: number, digits: number): Scaled {
  if (digits <= PRECISION) return { c, e, d: digits };
  const drop = digits - PRECISION;
  const rounded = divideByPowerHalfUp(c, drop);
  // 99…9.5 rounds up to 10^40: 41 digits, the same value as decimal.js's 1·10^(e+drop+40).
  const d = rounded === LIMIT || rounded === -LIMIT ? PRECISION + 1 : PRECISION;
  return { c: rounded, e: e + drop, d };
}

/** The exact value c·10^e rounded to 40 significant digits, half away from zero. */
export function round40(c: bigint, e: number): Scaled {
  if (c === BIG_ZERO) return ZERO_SCALED;
  return roundTo40(c, e, digitsOf(c));
}

/** a·b rounded to 40 significant digits (decimal.js `times`). */
export function scaledTimes(a: Scaled, b: Scaled): Scaled {
  if (a.d === 0 || b.d === 0) return ZERO_SCALED;
  const product = a.c * b.c;
  return roundTo40(product, a.e + b.e, productDigits(product, a.d, b.d));
}

/** a + b rounded to 40 significant digits (decimal.js `plus`). */
export function scaledPlus(a: Scaled, b: Scaled): Scaled {
  if (a.d === 0) return round40(b.c, b.e);
  if (b.d === 0) return round40(a.c, a.e);
  if (a.e === b.e) return sumTo40(a.c, a.d, b.c, b.d, a.e);
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
    ? sumTo40(a.c, a.d, b.c * pow10(b.e - a.e), b.d + b.e - a.e, a.e)
    : sumTo40(a.c * pow10(a.e - b.e), a.d + a.e - b.e, b.c, b.d, b.e);
}

/**
 * The sum of two non-zero coefficients aligned at exponent e (with `ad` and `bd` digits), rounded to
 * 40 digits. Of the same sign, the sum has the longer one's digits or one more (one comparison
 * tells); of opposite signs, digits may cancel, so they are counted.
 */
function sumTo40(ac: bigint, ad: number, bc: bigint, bd: number, e: number): Scaled {
  const sum = ac + bc;
  const positive = ac > BIG_ZERO;
  if (positive !== bc > BIG_ZERO) return round40(sum, e);
  const longer = ad > bd ? ad : bd;
  if (longer >= MAX_DIGITS) throw new ScaledUnsupported();
  const carried = positive
    ? sum >= (POW10[longer] as bigint)
    : sum <= (NEGATIVE_POW10[longer] as bigint);
  return roundTo40(sum, e, carried ? longer + 1 : longer);
}

/** a − b rounded to 40 significant digits (decimal.js `minus`). */
export function scaledMinus(a: Scaled, b: Scaled): Scaled {
  return scaledPlus(a, { c: -b.c, e: b.e, d: b.d });
}

/** a / b correctly rounded to 40 significant digits, half away from zero (decimal.js `div`). */
export function scaledDivide(a: Scaled, b: Scaled): Scaled {
  if (b.d === 0) throw new ScaledUnsupported();
  if (a.d === 0) return ZERO_SCALED;
  const negative = a.c < BIG_ZERO !== b.c < BIG_ZERO;
  const x = a.c < BIG_ZERO ? -a.c : a.c;
  const y = b.c < BIG_ZERO ? -b.c : b.c;
  // Pick k so that x·10^k / y has 40 digits; the float estimate can miss by one near a power of ten.
  const k = PRECISION - 1 - floor(log10(toNumber(x) / toNumber(y)));
  if (!isFiniteNumber(k)) throw new ScaledUnsupported();
  const numerator = k >= 0 ? x * pow10(k) : x;
  const denominator = k >= 0 ? y : y * pow10(-k);
  // ⌊(2n + d) / 2d⌋ is n/d rounded half up, in one division. Strictly between 10^39 and 10^40, the
  // quotient before rounding had 40 digits too, so k was right and this is decimal.js's result; at
  // or beyond either end, the estimate may have missed, and the quotient is worked out step by step.
  const rounded = ((numerator << BIG_ONE) + denominator) / (denominator << BIG_ONE);
  if (rounded > LOW_LIMIT && rounded < LIMIT) {
    return { c: negative ? -rounded : rounded, e: a.e - b.e - k, d: PRECISION };
  }
  return divideStepByStep(x, y, k, numerator, denominator, negative, a.e - b.e);
}

/**
 * x/y (both positive) rounded to 40 digits, from the estimate k and the numerator and denominator
 * it gave, correcting k when it missed.
 */
function divideStepByStep(
  x: bigint,
  y: bigint,
  estimate: number,
  estimatedNumerator: bigint,
  estimatedDenominator: bigint,
  negative: boolean,
  e: number
): Scaled {
  let k = estimate;
  let numerator = estimatedNumerator;
  let denominator = estimatedDenominator;
  let q = numerator / denominator;
  if (q < LOW_LIMIT) {
    k += 1;
    numerator = k >= 0 ? x * pow10(k) : x;
    denominator = k >= 0 ? y : y * pow10(-k);
    q = numerator / denominator;
  }
  if (q >= LIMIT) {
    // 41 digits: the dropped part is (last digit + remainder/denominator)/10, half or more iff the
    // last digit is 5 or more.
    const last = q % BIG_TEN;
    q /= BIG_TEN;
    k -= 1;
    if (last >= BIG_FIVE) q += BIG_ONE;
  } else if ((numerator - q * denominator) << BIG_ONE >= denominator) {
    q += BIG_ONE;
  }
  const d = q === LIMIT ? PRECISION + 1 : PRECISION;
  return { c: negative ? -q : q, e: e - k, d };
}

/**
 * The value rounded to `places` decimal places, half away from zero (decimal.js `toDecimalPlaces`),
 * returned as the integer count of units of 10^−places.
 */
export function scaledToPlaces(a: Scaled, places: number): bigint {
  if (a.d === 0) return BIG_ZERO;
  const shift = a.e + places;
  if (shift >= 0) return a.c * pow10(shift);
  // Far below half a unit: rounds to zero (10^−shift exceeds |c| tenfold or more).
  if (-shift > a.d) return BIG_ZERO;
  return divideByPowerHalfUp(a.c, -shift);
}

/** The addend that makes one division round like the two roundings of scaledTimesToPlaces. */
const TWICE_ROUNDED: bigint[] = [];
const TWICE_ROUNDED_STRIDE = MAX_DIGITS + 1;

/** Dividends below 2^RECIPROCAL_BITS are divided by 10^k with a product and a shift. */
const RECIPROCAL_BITS = 300;
/** 10^19 is the largest power of ten in one 64-bit word; dividing by one word is cheap already. */
const ONE_WORD_POWERS = 20;
/** Products of at most this many digits, plus an addend, stay below 2^300 (10^88 < 2^293). */
const RECIPROCAL_DIGITS = 88;
const RECIPROCAL: bigint[] = [];
const RECIPROCAL_SHIFT: bigint[] = [];

/**
 * ⌊n / 10^k⌋ for n ≥ 0 of at most `digits` digits. Below 2^300, as ⌊n·m / 2^s⌋ (Granlund and
 * Montgomery, "Division by invariant integers using multiplication", 1994): with ℓ the bit length of
 * 10^k, s = 300 + ℓ and m = ⌊2^s / 10^k⌋ + 1, the two agree on every such n. Worth it only where 10^k
 * spans more than one 64-bit word (k ≥ 20, as for the places cut of a product): there a product and a
 * shift cost about two thirds of a BigInt division, while a division by one word is cheaper than
 * either. Below that, and for larger n, it divides; so does divideByPowerHalfUp, mostly asked by the
 * 40-digit rounding to drop a digit or two.
 */
function divideByPower(n: bigint, k: number, digits: number): bigint {
  if (k < ONE_WORD_POWERS || digits > RECIPROCAL_DIGITS) return n / pow10(k);
  let m = RECIPROCAL[k];
  if (m === undefined) {
    const power = pow10(k);
    const shift = big(RECIPROCAL_BITS + power.toString(2).length);
    m = (BIG_ONE << shift) / power + BIG_ONE;
    RECIPROCAL[k] = m;
    RECIPROCAL_SHIFT[k] = shift;
  }
  return (n * m) >> (RECIPROCAL_SHIFT[k] as bigint);
}

/**
 * a·b rounded to 40 significant digits and then to `places` decimal places, both half away from
 * zero (decimal.js `times(b).toDecimalPlaces(places)`), as integer units of 10^−places, with one
 * division. When the places cut (10^cut) lies above the 40-digit cut (10^drop), the first rounding
 * can only matter by lifting a value 10^drop/2 or less under half a unit to exactly half, so the
 * product rounds up iff its remainder reaches (10^cut − 10^drop)/2: adding (10^cut + 10^drop)/2
 * before dividing does exactly that.
 */
export function scaledTimesToPlaces(a: Scaled, b: Scaled, places: number): bigint {
  if (a.d === 0 || b.d === 0) return BIG_ZERO;
  const c = a.c * b.c;
  const digits = productDigits(c, a.d, b.d);
  const drop = digits > PRECISION ? digits - PRECISION : 0; // digits the 40-digit rounding removes
  const cut = -places - (a.e + b.e); // digits the rounding to places removes
  if (cut <= drop) {
    const rounded = drop === 0 ? c : divideByPowerHalfUp(c, drop);
    return rounded * pow10(drop - cut);
  }
  if (cut > digits) return BIG_ZERO; // under a tenth of a unit, even after the 40-digit rounding
  const at = cut * TWICE_ROUNDED_STRIDE + drop;
  let addend = TWICE_ROUNDED[at];
  if (addend === undefined) {
    addend = (HALF_POW10[cut] as bigint) + (HALF_POW10[drop] as bigint);
    TWICE_ROUNDED[at] = addend;
  }
  return c < BIG_ZERO
    ? -divideByPower(addend - c, cut, digits)
    : divideByPower(c + addend, cut, digits);
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

/** a − b under the rule of {@link fixedSum}, without negating b first. */
export function fixedDifference(a: bigint, b: bigint): bigint {
  const difference = a - b;
  if (difference >= LIMIT || difference <= -LIMIT) throw new ScaledUnsupported();
  return difference;
}

/** The decimal exponent of a non-zero value (decimal.js `e`: 1234.5 has exponent 3). */
export function scaledExponent(a: Scaled): number {
  return a.d - 1 + a.e;
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
