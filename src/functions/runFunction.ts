import type { Decimal } from "../domain/decimal";
import { DomainError } from "../domain/errors/DomainError";
import { toCustomFunctionsError } from "./toCustomFunctionsError";

/**
 * Runs a custom function body and turns whatever it throws into a `CustomFunctions.Error`. The bodies
 * are synchronous (the arithmetic needs no I/O), so the `try` sees every failure; an async body would
 * need `return await` inside the `try`, or the rejection would escape the `catch`.
 */
export function runFunction<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toCustomFunctionsError(error);
  }
}

// Read once: a global lookup is slow in a vm context (jest), and this runs for every cell written.
const { isFinite: isFiniteNumber } = Number;

/**
 * Converts a result to the number written to the cell, at the edge and only here: never NaN or
 * ±Infinity (refused with the name of the result), and never −0.
 */
export function toCellNumber(value: Decimal, what = "result"): number {
  return toCellValue(value.toNumber(), what);
}

/** {@link toCellNumber} for a result already converted to a number (see bridgeNumbers). */
export function toCellValue(number: number, what = "result"): number {
  if (!isFiniteNumber(number)) {
    throw new DomainError("out-of-range", what, { limit: "a result Excel can hold" });
  }
  return number === 0 ? 0 : number;
}
