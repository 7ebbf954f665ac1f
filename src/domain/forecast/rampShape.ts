import { DomainError } from "../errors/DomainError";

/** How an adoption ramp rises: a straight line, or smoothstep (slow start, fast middle, slow finish). */
export type RampShape = "linear" | "s-curve";

/**
 * Reads a ramp shape as typed: case-insensitive, blank or missing means `"linear"`.
 *
 * @example
 * parseRampShape("S-Curve") //=> "s-curve"
 * parseRampShape(undefined) //=> "linear"
 */
export function parseRampShape(value: string | undefined, argument = "shape"): RampShape {
  const normalised = (value ?? "").trim().toLowerCase();
  if (normalised === "" || normalised === "linear") return "linear";
  if (normalised === "s-curve") return "s-curve";
  throw new DomainError("unknown-shape", argument, { value: JSON.stringify(value) });
}
