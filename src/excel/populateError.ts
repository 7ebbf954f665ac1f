/** Where a populate stopped. */
export type PopulateErrorCode = "read-failed" | "write-failed";

export type PopulateErrorDetails = {
  code: PopulateErrorCode;
  /** What Excel said. */
  reason: string;
  /** Sheets of this populate still in the workbook after the failure (empty when rolled back). */
  sheetsLeft: string[];
  /** True when every sheet and name this populate had started was removed or restored again. */
  rolledBack: boolean;
  cause?: unknown;
};

/**
 * A populate that failed, saying what happened and what is (not) in the workbook now, so the task pane
 * can tell the candidate plainly. The pane reads these fields structurally (`sheetsLeft`,
 * `rolledBack`), so a test double can throw an equivalent error without importing Office code.
 */
export class PopulateError extends Error {
  readonly code: PopulateErrorCode;
  readonly reason: string;
  readonly sheetsLeft: string[];
  readonly rolledBack: boolean;

  constructor(details: PopulateErrorDetails) {
    super(describe(details), { cause: details.cause });
    this.name = "PopulateError";
    this.code = details.code;
    this.reason = details.reason;
    this.sheetsLeft = details.sheetsLeft;
    this.rolledBack = details.rolledBack;
  }
}

function describe(details: PopulateErrorDetails): string {
  if (details.code === "read-failed") {
    return `Excel could not list the workbook's sheets (${details.reason}). Nothing was written.`;
  }
  if (details.rolledBack || details.sheetsLeft.length === 0) {
    return `Excel stopped while writing the drill (${details.reason}). Nothing was written: the sheets it had started were removed again.`;
  }
  return `Excel stopped while writing the drill (${details.reason}). These sheets may be incomplete — delete them and populate again: ${details.sheetsLeft.join(", ")}.`;
}
