export type SharingErrorCode = "no-saved-values" | "not-a-range";

/**
 * A refusal of "Prepare for sharing" or "Restore formulas", with a string-union `code` and a message
 * a candidate can act on.
 *
 * @example
 * new SharingError("no-saved-values", "…").code //=> "no-saved-values"
 */
export class SharingError extends Error {
  readonly code: SharingErrorCode;
  constructor(code: SharingErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SharingError";
    this.code = code;
  }
}
