/* A stand-in for the CustomFunctions global that Excel's runtime provides, for tests in node: the
 * Error class and ErrorCode values match @types/custom-functions-runtime; associate records what a
 * bundle registers. Import it for its side effect before calling any src/functions code. */

/** The error codes Excel's runtime defines (values are what the cell shows). */
export const stubErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Mirrors CustomFunctions.Error: a code and an optional message. */
export class StubCustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.name = "CustomFunctions.Error";
    this.code = code;
    if (message === undefined) {
      // Excel's Error has no message unless one is given; keep that observable.
      Object.defineProperty(this, "message", { value: undefined });
    }
  }
}

/** What `associate` received, id → function. */
export const associated = new Map<string, (...args: unknown[]) => unknown>();

/** Builds a fresh stand-in (also used for the vm context of the bundle test). */
export function createCustomFunctionsStub(registry: Map<string, (...args: unknown[]) => unknown>) {
  return {
    Error: StubCustomFunctionsError,
    ErrorCode: stubErrorCode,
    associate(
      idOrMappings: string | Record<string, (...args: unknown[]) => unknown>,
      fn?: unknown
    ) {
      if (typeof idOrMappings === "string") {
        registry.set(idOrMappings, fn as (...args: unknown[]) => unknown);
      } else {
        for (const [id, mapped] of Object.entries(idOrMappings)) registry.set(id, mapped);
      }
    },
  };
}

(globalThis as Record<string, unknown>).CustomFunctions = createCustomFunctionsStub(associated);
