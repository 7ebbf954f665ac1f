import { Decimal, type DecimalInput } from "../decimal";
import { DomainError } from "../errors/DomainError";
import type { BridgeMethod } from "./bridgeMethod";
import { scaledBridge } from "./scaledBridge";
import { toDecimal } from "./toDecimal";

/** The names under which the four ranges reach the user (errors quote them). */
export type BridgeArgumentNames = {
  readonly baseWeights: string;
  readonly baseRates: string;
  readonly currentWeights: string;
  readonly currentRates: string;
};

/** One bridge request: a weight and a rate per segment for each period. */
export type BridgeInput = {
  /** Base-period weights (counts or shares; normalised to shares). */
  readonly baseWeights: readonly DecimalInput[];
  /** Base-period rates; `null` only where the base weight is zero (the rate is then unknown). */
  readonly baseRates: readonly (DecimalInput | null)[];
  readonly currentWeights: readonly DecimalInput[];
  readonly currentRates: readonly (DecimalInput | null)[];
  /** Default `"midpoint"`. */
  readonly method?: BridgeMethod;
  /** How errors name the ranges; defaults to `base_weights`, `base_rates`, … */
  readonly argumentNames?: BridgeArgumentNames;
};

/** The effect terms of a bridge; `interaction` is zero unless the method is `"three-way"`. */
export type BridgeEffects = {
  readonly mix: Decimal;
  readonly rate: Decimal;
  readonly interaction: Decimal;
};

/** A bridge from Start to End: totals, and per-segment terms aligned with the input rows. */
export type BridgeResult = {
  readonly method: BridgeMethod;
  readonly start: Decimal;
  readonly end: Decimal;
  readonly effects: BridgeEffects;
  /** Per segment: centred mix, rate and interaction; each column sums exactly to `effects`. */
  readonly segments: readonly BridgeEffects[];
};

export const DEFAULT_BRIDGE_ARGUMENT_NAMES: BridgeArgumentNames = {
  baseWeights: "base_weights",
  baseRates: "base_rates",
  currentWeights: "current_weights",
  currentRates: "current_rates",
};

const ZERO = new Decimal(0);
const HALF = new Decimal("0.5");
/** Significant digits every quantised term and partial sum must fit in (the clone has 40). */
const DIGIT_BUDGET = 38;
/** Fewest decimal places we accept; below this the values are too large to bridge exactly. */
const MIN_PLACES = 10;

/**
 * Splits the change of a weighted average A = Σ w·r from the base period to the current one into mix,
 * rate (and, for three-way, interaction) effects, in decimal arithmetic, so that
 * Start + Mix + Rate (+ Interaction) = End holds exactly, and every per-segment column sums exactly to
 * its total.
 *
 * How exactness is kept with 40-digit decimals: weights become shares w/W; every per-segment term is
 * quantised to a common number of decimal places (33 for rates in the thousands, more for smaller
 * rates), so all sums are exact and order-independent; the rate term of each segment is its change s1·r1 − s0·r0 minus its mix
 * (and interaction) term, so each row closes exactly. Centring the segment mix on the average moves a
 * residue of order 1e-34 out of the columns; half of it is carried by Start and half by End, which
 * keeps swapping the periods an exact negation.
 *
 * A segment with zero weight in one period takes the other period's rate (it has none there).
 *
 * @example
 * const bridge = computeBridge({
 *   baseWeights: [60, 40], baseRates: [100, 300],
 *   currentWeights: [40, 60], currentRates: [110, 300],
 * });
 * bridge.start.toNumber() //=> 180
 * bridge.effects.mix.toNumber() //=> 39
 * bridge.effects.rate.toNumber() //=> 5
 * bridge.end.toNumber() //=> 224
 */
export function computeBridge(input: BridgeInput): BridgeResult {
  // Numbers (what every custom function passes) take the BigInt fast path, which gives the same
  // values; anything else, and every refusal, goes through decimal.js below.
  const fast = scaledBridge(input);
  if (fast !== undefined) return fast;
  const names = input.argumentNames ?? DEFAULT_BRIDGE_ARGUMENT_NAMES;
  const method: BridgeMethod = input.method ?? "midpoint";
  const n = input.baseWeights.length;
  if (n === 0) throw new DomainError("empty", names.baseWeights);
  requireLength(input.baseRates.length, names.baseRates, n, names.baseWeights);
  requireLength(input.currentWeights.length, names.currentWeights, n, names.baseWeights);
  requireLength(input.currentRates.length, names.currentRates, n, names.baseWeights);

  const w0: Decimal[] = new Array(n);
  const w1: Decimal[] = new Array(n);
  const r0: Decimal[] = new Array(n);
  const r1: Decimal[] = new Array(n);
  let total0 = ZERO;
  let total1 = ZERO;
  for (let i = 0; i < n; i += 1) {
    const a = toDecimal(
      input.baseWeights[i] as DecimalInput,
      names.baseWeights,
      "non-negative",
      i + 1
    );
    const b = toDecimal(
      input.currentWeights[i] as DecimalInput,
      names.currentWeights,
      "non-negative",
      i + 1
    );
    w0[i] = a;
    w1[i] = b;
    total0 = total0.plus(a);
    total1 = total1.plus(b);
  }
  if (total0.isZero()) throw new DomainError("all-zero-weights", names.baseWeights);
  if (total1.isZero()) throw new DomainError("all-zero-weights", names.currentWeights);

  // Rates, with the zero-weight rule, and the largest exponent (it sets the decimal places).
  let largestExponent = Number.NEGATIVE_INFINITY;
  let largestAt = names.baseRates;
  for (let i = 0; i < n; i += 1) {
    const zero0 = (w0[i] as Decimal).isZero();
    const zero1 = (w1[i] as Decimal).isZero();
    const given0 = readRate(input.baseRates[i], names.baseRates, i, zero0);
    const given1 = readRate(input.currentRates[i], names.currentRates, i, zero1);
    const rate0 = zero0 ? (zero1 ? ZERO : (given1 as Decimal)) : (given0 as Decimal);
    const rate1 = zero1 ? rate0 : (given1 as Decimal);
    r0[i] = rate0;
    r1[i] = rate1;
    if (!rate0.isZero() && rate0.e > largestExponent) {
      largestExponent = rate0.e;
      largestAt = names.baseRates;
    }
    if (!rate1.isZero() && rate1.e > largestExponent) {
      largestExponent = rate1.e;
      largestAt = names.currentRates;
    }
  }
  const places = decimalPlacesFor(largestExponent, largestAt);

  // Shares and the quantised products s·r; their sums are the averages (exact: quantised sums).
  const shift: Decimal[] = new Array(n);
  const p0: Decimal[] = new Array(n);
  const p1: Decimal[] = new Array(n);
  let average0 = ZERO;
  let average1 = ZERO;
  for (let i = 0; i < n; i += 1) {
    const share0 = (w0[i] as Decimal).div(total0);
    const share1 = (w1[i] as Decimal).div(total1);
    shift[i] = share1.minus(share0);
    const product0 = share0.times(r0[i] as Decimal).toDecimalPlaces(places);
    const product1 = share1.times(r1[i] as Decimal).toDecimalPlaces(places);
    p0[i] = product0;
    p1[i] = product1;
    average0 = average0.plus(product0);
    average1 = average1.plus(product1);
  }
  const centre =
    method === "midpoint"
      ? average0.plus(average1).times(HALF)
      : method === "rate-first"
        ? average1
        : average0;

  const segments: BridgeEffects[] = new Array(n);
  let mixTotal = ZERO;
  let interactionTotal = ZERO;
  let centringTotal = ZERO;
  for (let i = 0; i < n; i += 1) {
    const rate0 = r0[i] as Decimal;
    const rate1 = r1[i] as Decimal;
    const d = shift[i] as Decimal;
    let mix: Decimal;
    let centring: Decimal;
    let interaction = ZERO;
    if (d.isZero()) {
      // Same share in both periods (a single segment, or no mix change): no mix, no centring.
      mix = ZERO;
      centring = ZERO;
    } else {
      const valuedAt =
        method === "midpoint"
          ? rate0.plus(rate1).times(HALF)
          : method === "rate-first"
            ? rate1
            : rate0;
      mix = d.times(valuedAt).toDecimalPlaces(places);
      centring = d.times(centre).toDecimalPlaces(places);
      if (method === "three-way") {
        interaction = d.times(rate1.minus(rate0)).toDecimalPlaces(places);
      }
    }
    // The rate term closes the row exactly: s1·r1 − s0·r0 = mix + rate (+ interaction).
    const change = (p1[i] as Decimal).minus(p0[i] as Decimal).minus(mix);
    const rate = interaction.isZero() ? change : change.minus(interaction);
    const centredMix = mix.minus(centring);
    segments[i] = { mix: centredMix, rate, interaction };
    if (!centredMix.isZero()) mixTotal = mixTotal.plus(centredMix);
    if (!interaction.isZero()) interactionTotal = interactionTotal.plus(interaction);
    if (!centring.isZero()) centringTotal = centringTotal.plus(centring);
  }
  // Σ rate_i = Σ (p1 − p0) − Σ mix_i − Σ interaction_i, and Σ mix_i = mixTotal + centringTotal: all
  // sums of quantised terms, so exact, and one subtraction instead of n additions.
  const rateTotal = average1
    .minus(average0)
    .minus(mixTotal.plus(centringTotal))
    .minus(interactionTotal);
  const halfResidue = centringTotal.isZero() ? ZERO : centringTotal.times(HALF);
  return {
    method,
    start: average0.plus(halfResidue),
    end: average1.minus(halfResidue),
    effects: { mix: mixTotal, rate: rateTotal, interaction: interactionTotal },
    segments,
  };
}

function requireLength(length: number, argument: string, expected: number, other: string): void {
  if (length !== expected) {
    throw new DomainError("length-mismatch", argument, {
      value: String(length),
      other,
      limit: String(expected),
    });
  }
}

function readRate(
  value: DecimalInput | null | undefined,
  argument: string,
  index: number,
  weightIsZero: boolean
): Decimal | null {
  if (value === null || value === undefined) {
    if (weightIsZero) return null;
    throw new DomainError("missing-rate", argument, {
      item: index + 1,
      other: "the segment has weight but no rate",
    });
  }
  return toDecimal(value, argument, "any", index + 1);
}

/**
 * Decimal places for the quantised terms: as many as fit the digit budget once the digits of the
 * largest possible partial sum are counted. Every partial sum is below 8 × the largest rate, and a rate
 * with exponent e is below 10^(e+1), so sums stay below 10^(e+2): with 38 − (e + 2) places every value
 * has at most 38 significant digits. Small rates (sell-through, shares) get more places, so they keep
 * their precision too; if every rate is zero, any number of places will do.
 */
function decimalPlacesFor(largestExponent: number, argument: string): number {
  if (largestExponent === Number.NEGATIVE_INFINITY) return DIGIT_BUDGET;
  const places = DIGIT_BUDGET - (largestExponent + 2);
  if (places < MIN_PLACES) {
    throw new DomainError("out-of-range", argument, {
      value: `a rate of about 1e${largestExponent}`,
      limit: "rates below 1e26",
    });
  }
  return places;
}
