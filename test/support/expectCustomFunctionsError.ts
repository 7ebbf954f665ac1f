/* Assertions for custom-function results: either a CustomFunctions.Error with a message, or a value
 * Excel can show (finite numbers and strings, no NaN/Infinity/undefined anywhere in a spill). */
import { StubCustomFunctionsError } from "./customFunctionsStub";

/** Calls `call` and returns the CustomFunctions.Error it throws; fails if it returns or throws else. */
export function catchCustomFunctionsError(call: () => unknown): StubCustomFunctionsError {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof StubCustomFunctionsError)) {
      throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`);
    }
    if (typeof error.message !== "string" || error.message.length === 0) {
      throw new Error(`CustomFunctions.Error ${error.code} has no message`);
    }
    return error;
  }
  throw new Error(`expected a CustomFunctions.Error, got the result ${JSON.stringify(result)}`);
}

/** True when a result is something Excel can display: finite numbers or strings, in any nesting. */
export function isDisplayable(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(isDisplayable);
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string";
}
