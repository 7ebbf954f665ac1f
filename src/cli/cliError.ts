export type CliErrorCode =
  | "bad-command"
  | "bad-flag"
  | "bad-value"
  | "missing-argument"
  | "unwritable-path"
  | "unreadable-file"
  | "unusable-input";

/** A problem with what the user asked for: printed as one line on stderr, exit code 2. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  constructor(code: CliErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
    this.code = code;
  }
}
