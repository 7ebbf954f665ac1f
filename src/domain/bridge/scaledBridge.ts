/* The bridge's fast path: the same algorithm as computeBridge, step for step, in BigInt arithmetic
 * that rounds exactly like the Decimal clone (scaledDecimal.ts), for inputs given as JavaScript
 * numbers, which is what every custom function passes. It returns the same values as the decimal
 * path (a fast-check test compares both) two to three times faster, because a BigInt operation costs
 * tens to hundreds of nanoseconds where a decimal.js one costs about a microsecond. Anything unusual
 * (bad input, values too large or too far apart in scale) returns `undefined`, and the caller runs
 * the decimal path, which stays the engine of record and produces the errors. */
import type { Decimal } from "../decimal";
import type { BridgeMethod } from "./bridgeMethod";
import type { BridgeEffects, BridgeInput, BridgeResult } from "./computeBridge";
import {
  decimalFromUnits,
  digitCount,
  fixedDifference,
  fixedSum,
  numberFromUnits,
  pow10,
  PRECISION,
  scaledArithmeticAvailable,
  scaledDivide,
  scaled,
  scaledExponent,
  scaledFromNumber,
  scaledMinus,
  scaledPlus,
  scaledTimes,
  scaledTimesToPlaces,
  ScaledUnsupported,
  type Scaled,
} from "./scaledDecimal";

// Constants and globals read once (see scaledDecimal.ts: global lookups are slow in a vm context).
const ZERO_C: bigint = scaledArithmeticAvailable ? BigInt(0) : (0 as never);
const FIVE_C: bigint = scaledArithmeticAvailable ? BigInt(5) : (0 as never);
const TEN_C: bigint = scaledArithmeticAvailable ? BigInt(10) : (0 as never);
const HALF: Scaled = { c: FIVE_C, e: -1, d: 1 };
const NO_EXPONENT = Number.NEGATIVE_INFINITY;
const NO_SCALE = Number.POSITIVE_INFINITY;
const { isFinite: isFiniteNumber } = Number;
const { max } = Math;

/** Mirrors computeBridge's digit budget and smallest number of places. */
const DIGIT_BUDGET = 38;
const MIN_PLACES = 10;

/** Per-segment counts and amounts of one period (orders and revenue, received and sold). */
export type ScaledRatioInput = {
  readonly counts: readonly unknown[];
  readonly amounts: readonly unknown[];
};

/**
 * computeBridge on the fast path, for weights and rates that are all JavaScript numbers (rates may be
 * `null` where the weight is zero); `undefined` when the input needs the decimal path.
 *
 * @example
 * scaledBridge({ baseWeights: [60, 40], baseRates: [100, 300],
 *   currentWeights: [40, 60], currentRates: [110, 300] })?.effects.mix.toNumber() //=> 39
 */
export function scaledBridge(input: BridgeInput): BridgeResult | undefined {
  if (!scaledArithmeticAvailable) return undefined;
  const n = input.baseWeights.length;
  if (
    n === 0 ||
    input.baseRates.length !== n ||
    input.currentWeights.length !== n ||
    input.currentRates.length !== n
  ) {
    return undefined;
  }
  try {
    const w0 = readWeights(input.baseWeights);
    const w1 = readWeights(input.currentWeights);
    if (w0 === undefined || w1 === undefined) return undefined;
    const given0 = readRates(input.baseRates, w0);
    const given1 = readRates(input.currentRates, w1);
    if (given0 === undefined || given1 === undefined) return undefined;
    return bridgeCore(w0, given0, w1, given1, input.method ?? "midpoint");
  } catch (error) {
    if (error instanceof ScaledUnsupported) return undefined;
    throw error;
  }
}

/**
 * The AOV or sell-through bridge on the fast path: rates are amount/count per segment, as
 * ratesFromTotals makes them (a zero count with a zero amount has no rate); `capped` refuses
 * amount > count. `undefined` when the input needs the decimal path (which also gives the errors).
 *
 * @example
 * scaledRatioBridge({ counts: [800, 200], amounts: [400000, 300000] },
 *   { counts: [700, 300], amounts: [357000, 459000] }, "none")?.end.toNumber() //=> 816
 */
export function scaledRatioBridge(
  base: ScaledRatioInput,
  current: ScaledRatioInput,
  cap: "none" | "capped",
  method: BridgeMethod = "midpoint"
): BridgeResult | undefined {
  if (!scaledArithmeticAvailable) return undefined;
  const n = base.counts.length;
  if (
    n === 0 ||
    base.amounts.length !== n ||
    current.counts.length !== n ||
    current.amounts.length !== n
  ) {
    return undefined;
  }
  try {
    const period0 = readRatios(base, cap);
    const period1 = readRatios(current, cap);
    if (period0 === undefined || period1 === undefined) return undefined;
    return bridgeCore(period0.weights, period0.rates, period1.weights, period1.rates, method);
  } catch (error) {
    if (error instanceof ScaledUnsupported) return undefined;
    throw error;
  }
}

/** Weights of one period: the values, and their exact total (it must fit 40 digits). */
type Weights = { readonly values: Scaled[]; readonly total: Scaled };

/** Non-negative finite numbers, or `undefined` (the decimal path explains the refusal). */
function readWeights(values: readonly unknown[]): Weights | undefined {
  const read: Scaled[] = [];
  let low = NO_SCALE;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== "number" || !(value >= 0) || !isFiniteNumber(value)) return undefined;
    const scaled = scaledFromNumber(value);
    read[i] = scaled;
    if (value !== 0 && scaled.e < low) low = scaled.e;
  }
  return weightsOf(read, low);
}

function weightsOf(read: Scaled[], low: number): Weights | undefined {
  if (low === NO_SCALE) return undefined; // all zero: the decimal path refuses it
  // The decimal path adds the weights in order; every partial sum is at most the total, so if the
  // total fits 40 digits at the finest scale, every addition there was exact.
  let total = ZERO_C;
  for (const value of read) total += value.c * pow10(value.e - low);
  const digits = digitCount(total);
  if (digits > PRECISION) throw new ScaledUnsupported();
  return { values: read, total: { c: total, e: low, d: digits } };
}

/** Rates given directly: finite numbers, or null/undefined only where the weight is zero. */
function readRates(values: readonly unknown[], weights: Weights): (Scaled | null)[] | undefined {
  const read: (Scaled | null)[] = [];
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === null || value === undefined) {
      if ((weights.values[i] as Scaled).c !== ZERO_C) return undefined;
      read[i] = null;
    } else if (typeof value === "number" && isFiniteNumber(value)) {
      read[i] = scaledFromNumber(value);
    } else {
      return undefined;
    }
  }
  return read;
}

/** Counts and amounts of one period into weights and rates amount/count (ratesFromTotals). */
function readRatios(
  input: ScaledRatioInput,
  cap: "none" | "capped"
): { weights: Weights; rates: (Scaled | null)[] } | undefined {
  const n = input.counts.length;
  const counts: Scaled[] = [];
  const rates: (Scaled | null)[] = [];
  let low = NO_SCALE;
  for (let i = 0; i < n; i += 1) {
    const count = input.counts[i];
    const amount = input.amounts[i];
    if (typeof count !== "number" || !(count >= 0) || !isFiniteNumber(count)) return undefined;
    if (typeof amount !== "number" || !(amount >= 0) || !isFiniteNumber(amount)) return undefined;
    const scaledCount = scaledFromNumber(count);
    counts[i] = scaledCount;
    if (count === 0) {
      if (amount !== 0) return undefined; // orphan amount: refused by the decimal path
      rates[i] = null;
    } else {
      if (cap === "capped" && amount > count) return undefined;
      rates[i] = scaledDivide(scaledFromNumber(amount), scaledCount);
      if (scaledCount.e < low) low = scaledCount.e;
    }
  }
  const weights = weightsOf(counts, low);
  return weights === undefined ? undefined : { weights, rates };
}

/** computeBridge after its input checks, in scaled arithmetic; see computeBridge for the why. */
function bridgeCore(
  w0: Weights,
  given0: readonly (Scaled | null)[],
  w1: Weights,
  given1: readonly (Scaled | null)[],
  method: BridgeMethod
): BridgeResult {
  const n = w0.values.length;
  const zero: Scaled = { c: ZERO_C, e: 0, d: 0 };
  const r0: Scaled[] = [];
  const r1: Scaled[] = [];
  let largestExponent = NO_EXPONENT;
  for (let i = 0; i < n; i += 1) {
    const zero0 = (w0.values[i] as Scaled).c === ZERO_C;
    const zero1 = (w1.values[i] as Scaled).c === ZERO_C;
    const rate0 = zero0 ? (zero1 ? zero : (given1[i] as Scaled)) : (given0[i] as Scaled);
    const rate1 = zero1 ? rate0 : (given1[i] as Scaled);
    r0[i] = rate0;
    r1[i] = rate1;
    if (rate0.c !== ZERO_C) largestExponent = max(largestExponent, scaledExponent(rate0));
    if (rate1.c !== ZERO_C) largestExponent = max(largestExponent, scaledExponent(rate1));
  }
  const places =
    largestExponent === NO_EXPONENT ? DIGIT_BUDGET : DIGIT_BUDGET - (largestExponent + 2);
  if (places < MIN_PLACES) throw new ScaledUnsupported(); // the decimal path refuses it

  // Quantised terms are integers in units of 10^−places; their sums are exact (checked).
  const shift: Scaled[] = [];
  const p0: bigint[] = [];
  const p1: bigint[] = [];
  let average0 = ZERO_C;
  let average1 = ZERO_C;
  for (let i = 0; i < n; i += 1) {
    const share0 = scaledDivide(w0.values[i] as Scaled, w0.total);
    const share1 = scaledDivide(w1.values[i] as Scaled, w1.total);
    shift[i] = scaledMinus(share1, share0);
    const product0 = scaledTimesToPlaces(share0, r0[i] as Scaled, places);
    const product1 = scaledTimesToPlaces(share1, r1[i] as Scaled, places);
    p0[i] = product0;
    p1[i] = product1;
    average0 = fixedSum(average0, product0);
    average1 = fixedSum(average1, product1);
  }
  const sumOfAverages = fixedSum(average0, average1);
  const centre: Scaled =
    method === "midpoint"
      ? scaledTimes(scaled(sumOfAverages, -places), HALF)
      : scaled(method === "rate-first" ? average1 : average0, -places);

  const mixes: bigint[] = [];
  const rates: bigint[] = [];
  const interactions: bigint[] = [];
  let mixTotal = ZERO_C;
  let interactionTotal = ZERO_C;
  let centringTotal = ZERO_C;
  for (let i = 0; i < n; i += 1) {
    const rate0 = r0[i] as Scaled;
    const rate1 = r1[i] as Scaled;
    const d = shift[i] as Scaled;
    let mix = ZERO_C;
    let centring = ZERO_C;
    let interaction = ZERO_C;
    if (d.c !== ZERO_C) {
      const valuedAt =
        method === "midpoint"
          ? scaledTimes(scaledPlus(rate0, rate1), HALF)
          : method === "rate-first"
            ? rate1
            : rate0;
      mix = scaledTimesToPlaces(d, valuedAt, places);
      centring = scaledTimesToPlaces(d, centre, places);
      if (method === "three-way") {
        interaction = scaledTimesToPlaces(d, scaledMinus(rate1, rate0), places);
      }
    }
    const change = fixedDifference(fixedDifference(p1[i] as bigint, p0[i] as bigint), mix);
    const rate = fixedDifference(change, interaction);
    const centredMix = fixedDifference(mix, centring);
    mixes[i] = centredMix;
    rates[i] = rate;
    interactions[i] = interaction;
    mixTotal = fixedSum(mixTotal, centredMix);
    interactionTotal = fixedSum(interactionTotal, interaction);
    centringTotal = fixedSum(centringTotal, centring);
  }
  const rateTotal = fixedDifference(
    fixedDifference(fixedDifference(average1, average0), fixedSum(mixTotal, centringTotal)),
    interactionTotal
  );
  // Start and End carry half the centring residue each: in units of 10^−(places+1), exactly.
  const half = fixedSum(FIVE_C * centringTotal, ZERO_C);
  let segments: BridgeEffects[] | undefined;
  const start = fixedSum(average0 * TEN_C, half);
  const end = fixedDifference(average1 * TEN_C, half);
  // Decimals are made when first read: a Decimal from text costs about a microsecond, a spill of
  // totals (AOVBRIDGE) reads its numbers through bridgeNumbers and never needs them, and a spill of
  // totals never reads the segments. Own enumerable getters, so spreading the result copies values.
  let startDecimal: Decimal | undefined;
  let endDecimal: Decimal | undefined;
  let effects: BridgeEffects | undefined;
  const result: BridgeResult = {
    method,
    get start(): Decimal {
      return (startDecimal ??= decimalFromUnits(start, places + 1));
    },
    get end(): Decimal {
      return (endDecimal ??= decimalFromUnits(end, places + 1));
    },
    get effects(): BridgeEffects {
      return (effects ??= {
        mix: decimalFromUnits(mixTotal, places),
        rate: decimalFromUnits(rateTotal, places),
        interaction: decimalFromUnits(interactionTotal, places),
      });
    },
    get segments(): readonly BridgeEffects[] {
      return (segments ??= mixes.map((mix, i) => ({
        mix: decimalFromUnits(mix, places),
        rate: decimalFromUnits(rates[i] as bigint, places),
        interaction: decimalFromUnits(interactions[i] as bigint, places),
      })));
    },
  };
  UNITS.set(result, {
    places,
    start,
    end,
    mix: mixTotal,
    rate: rateTotal,
    interaction: interactionTotal,
  });
  return result;
}

/** The exact totals of a fast-path bridge, in units of 10^−places (Start and End 10^−(places+1)). */
type TotalUnits = {
  readonly places: number;
  readonly start: bigint;
  readonly end: bigint;
  readonly mix: bigint;
  readonly rate: bigint;
  readonly interaction: bigint;
};

/** Fast-path results and their exact totals; weak, so a bridge nobody holds is not kept alive. */
const UNITS = new WeakMap<BridgeResult, TotalUnits>();

/** A bridge's totals as JavaScript numbers. */
export type BridgeNumbers = {
  readonly start: number;
  readonly end: number;
  readonly mix: number;
  readonly rate: number;
  readonly interaction: number;
};

/**
 * The totals of a bridge as JavaScript numbers, for the cells: the same numbers as `toNumber()` on
 * its Decimals (both are the exact decimal value correctly rounded to a double), taken straight from
 * the exact units when the fast path made the bridge, so no Decimal is built just to be converted.
 *
 * @example
 * bridgeNumbers(computeBridge({ baseWeights: [60, 40], baseRates: [100, 300],
 *   currentWeights: [40, 60], currentRates: [110, 300] })) //=> { start: 180, end: 224, mix: 39, rate: 5, interaction: 0 }
 */
export function bridgeNumbers(bridge: BridgeResult): BridgeNumbers {
  const units = UNITS.get(bridge);
  if (units === undefined) {
    return {
      start: bridge.start.toNumber(),
      end: bridge.end.toNumber(),
      mix: bridge.effects.mix.toNumber(),
      rate: bridge.effects.rate.toNumber(),
      interaction: bridge.effects.interaction.toNumber(),
    };
  }
  const { places } = units;
  return {
    start: numberFromUnits(units.start, places + 1),
    end: numberFromUnits(units.end, places + 1),
    mix: numberFromUnits(units.mix, places),
    rate: numberFromUnits(units.rate, places),
    interaction: numberFromUnits(units.interaction, places),
  };
}
