import { DomainError } from "../errors/DomainError";

/** The four ways to split a change in a weighted average (PRODUCT.md section 2). */
export type BridgeMethod = "midpoint" | "mix-first" | "rate-first" | "three-way";

/** Every method, in the order the documentation lists them. */
export const BRIDGE_METHODS: readonly BridgeMethod[] = [
  "midpoint",
  "mix-first",
  "rate-first",
  "three-way",
];

/**
 * Reads a method name as a user types it: case-insensitive, surrounding spaces ignored, blank or
 * missing means `"midpoint"`.
 *
 * @example
 * parseBridgeMethod(" Three-Way ") //=> "three-way"
 * parseBridgeMethod(undefined) //=> "midpoint"
 * parseBridgeMethod("shapley") // throws DomainError code "unknown-method"
 */
export function parseBridgeMethod(value: string | undefined, argument = "method"): BridgeMethod {
  if (value === undefined) return "midpoint";
  const normalised = value.trim().toLowerCase();
  if (normalised === "") return "midpoint";
  const method = BRIDGE_METHODS.find((candidate) => candidate === normalised);
  if (method === undefined) {
    throw new DomainError("unknown-method", argument, { value: JSON.stringify(value) });
  }
  return method;
}

/**
 * The effects a method reports, in display order: three-way adds an interaction term.
 *
 * @example
 * effectNames("midpoint") //=> ["mix", "rate"]
 * effectNames("three-way") //=> ["mix", "rate", "interaction"]
 */
export function effectNames(method: BridgeMethod): readonly BridgeEffectName[] {
  return method === "three-way" ? THREE_EFFECTS : TWO_EFFECTS;
}

/** The name of one effect column. */
export type BridgeEffectName = "mix" | "rate" | "interaction";

const TWO_EFFECTS: readonly BridgeEffectName[] = ["mix", "rate"];
const THREE_EFFECTS: readonly BridgeEffectName[] = ["mix", "rate", "interaction"];
