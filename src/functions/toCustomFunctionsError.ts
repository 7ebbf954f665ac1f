import { isDomainError } from "../domain/errors/DomainError";

/**
 * Maps anything a function body throws to the error Excel shows: a domain refusal becomes `#VALUE!`
 * (or `#DIV/0!` for a zero denominator) with its message, which names the argument; anything else is
 * wrapped as `#VALUE!` so the user never sees a raw exception.
 */
export function toCustomFunctionsError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isDomainError(error)) {
    const code =
      error.code === "division-by-zero"
        ? CustomFunctions.ErrorCode.divisionByZero
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Unexpected error: ${detail}`
  );
}
