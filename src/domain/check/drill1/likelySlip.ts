import { BRIDGE_METHODS, type BridgeMethod } from "../../bridge/bridgeMethod";
import type { D1Bridge, D1Expected } from "./drill1Context";
import { BRIDGES } from "./bridgeAnswers";
import { within } from "./drill1Tolerances";
import { D1_METHOD } from "./drill1Names";

/** The candidate's three effects as numbers (a blank interaction is 0). */
export type GivenEffects = { mix: number; rate: number; interaction: number };

type Effects = D1Expected["byMethod"][BridgeMethod];

function matches(given: GivenEffects, expected: Effects, tolerance: number): boolean {
  return (
    within(given.mix, expected.mix, tolerance) &&
    within(given.rate, expected.rate, tolerance) &&
    within(given.interaction, expected.interaction, tolerance)
  );
}

const distance = (given: GivenEffects, expected: Effects): number =>
  Math.max(
    Math.abs(given.mix - expected.mix),
    Math.abs(given.rate - expected.rate),
    Math.abs(given.interaction - expected.interaction)
  );

const scaled = (given: GivenEffects, k: number): GivenEffects => ({
  mix: given.mix * k,
  rate: given.rate * k,
  interaction: given.interaction * k,
});

/**
 * The likeliest slip behind a bridge that does not match the chosen method, in a coach's words, or
 * undefined when the numbers match no known slip. Tried in order: another method's numbers (e.g.
 * mix-first numbers with midpoint chosen), mix and rate swapped, signs reversed (bridged TQ → LQ),
 * sell-through typed as points instead of a percentage (or divided by 100 twice), and finally one
 * effect that matches another method's.
 *
 * @example
 * likelySlip("aov", "midpoint", { mix: -150, rate: -70, interaction: 0 }, expected)
 * //=> "These are the mix-first numbers (mix -$150.00, rate -$70.00), but D1_Method says midpoint: …"
 */
export function likelySlip(
  bridge: D1Bridge,
  method: BridgeMethod,
  given: GivenEffects,
  expected: D1Expected
): string | undefined {
  const { tolerance } = BRIDGES[bridge];
  const chosen = expected.byMethod[method];
  const others = BRIDGE_METHODS.filter((m) => m !== method);

  // Methods can lie within the tolerance of each other: name the closest that matches.
  const other = others
    .filter((m) => matches(given, expected.byMethod[m], tolerance))
    .sort(
      (a, b) => distance(given, expected.byMethod[a]) - distance(given, expected.byMethod[b])
    )[0];
  if (other) {
    return `These are the ${other} numbers, but ${D1_METHOD} says ${method}: either write ${other} in ${D1_METHOD} or recompute with ${method}.`;
  }
  const swapped = { mix: given.rate, rate: given.mix, interaction: given.interaction };
  if (matches(swapped, chosen, tolerance)) {
    return "Mix and rate look swapped: mix is the effect of the tier shares moving, rate the effect of each tier's own figure moving.";
  }
  const swappedOther = others.find((m) => matches(swapped, expected.byMethod[m], tolerance));
  if (swappedOther) {
    return `These are the ${swappedOther} numbers with mix and rate swapped; ${D1_METHOD} says ${method}.`;
  }
  if (matches(scaled(given, -1), chosen, tolerance)) {
    return "The signs are reversed: the bridge runs from last quarter (Start) to this quarter (End), so a fall is negative.";
  }
  if (bridge === "st") {
    if (matches(scaled(given, 1 / 100), chosen, tolerance)) return POINTS_TYPED;
    if (matches(scaled(given, 100), chosen, tolerance)) return DIVIDED_TWICE;
  }
  // One effect off on its own: say what that one looks like.
  for (const effect of ["mix", "rate", "interaction"] as const) {
    const value = given[effect];
    const want = chosen[effect];
    if (within(value, want, tolerance)) continue;
    if (effect === "interaction" && method !== "three-way") {
      return `An interaction term belongs to the three-way method only; with ${method} it is shared out inside mix and rate, so leave the interaction cell empty.`;
    }
    if (bridge === "st" && within(value / 100, want, tolerance)) return POINTS_TYPED;
    if (bridge === "st" && within(value * 100, want, tolerance)) return DIVIDED_TWICE;
    if (!within(want, 0, tolerance) && within(-value, want, tolerance)) {
      return `Your ${effect} has the wrong sign: the bridge runs from last quarter (Start) to this quarter (End), so an effect that lowers the figure is negative.`;
    }
    const twin = others.find((m) => within(value, expected.byMethod[m][effect], tolerance));
    if (twin) {
      return `Your ${effect} matches the ${twin} ${effect}: both effects must come from the same method (${method}).`;
    }
  }
  return undefined;
}

const POINTS_TYPED =
  "The sell-through effects are typed as points (e.g. -4.25) instead of percentages (-4.25%, the share -0.0425): type them with a % sign or divide by 100.";
const DIVIDED_TWICE =
  "The sell-through effects look divided by 100 twice: -4.25 points is -4.25% (the share -0.0425), not -0.0425%.";
