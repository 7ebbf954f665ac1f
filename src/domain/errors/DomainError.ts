import {
  DOMAIN_ERROR_MESSAGES,
  type DomainErrorCode,
  type DomainErrorDetail,
} from "./domainErrorMessages";

export type { DomainErrorCode, DomainErrorDetail } from "./domainErrorMessages";

/**
 * A refusal by the domain: a machine-readable `code`, the `argument` at fault (named as the user sees
 * it, e.g. `base_orders`) and a message built from a constant template. Adapters wrap low-level errors
 * with `cause` kept, like decimal.js prefixes its own with `[DecimalError]`.
 *
 * @example
 * const error = new DomainError("negative", "base_orders", { item: 2, value: "-3" });
 * error.message //=> "base_orders (item 2): -3 is negative; counts and amounts cannot be."
 * error.code //=> "negative"
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly argument: string;
  readonly detail: DomainErrorDetail;

  constructor(
    code: DomainErrorCode,
    argument: string,
    detail: DomainErrorDetail = {},
    options?: { cause?: unknown }
  ) {
    super(DOMAIN_ERROR_MESSAGES[code](argument, detail), options);
    this.name = "DomainError";
    this.code = code;
    this.argument = argument;
    this.detail = detail;
  }
}

/**
 * Tells a domain refusal from any other thrown value.
 *
 * @example
 * isDomainError(new DomainError("empty", "months")) //=> true
 * isDomainError(new Error("boom")) //=> false
 */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
