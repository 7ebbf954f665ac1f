import { PopulateError } from "./populateError";

/** What a failed populate must undo: the sheets it added and the names it added or re-pointed. */
export type Undo = {
  created: string[];
  addedNames: string[];
  restoreNames: { name: string; formula: string }[];
};

/**
 * Removes what a failed populate started, in one request, and says what is left: nothing when the
 * rollback went through, the added sheets when it failed too.
 */
export async function rollBack(
  context: Excel.RequestContext,
  failure: Undo & { reason: string; cause: unknown }
): Promise<PopulateError> {
  try {
    const workbook = context.workbook;
    for (const name of failure.addedNames) workbook.names.getItemOrNullObject(name).delete();
    for (const { name, formula } of failure.restoreNames) {
      workbook.names.getItemOrNullObject(name).formula = formula;
    }
    for (const sheet of failure.created) workbook.worksheets.getItemOrNullObject(sheet).delete();
    await context.sync();
    return new PopulateError({
      code: "write-failed",
      reason: failure.reason,
      sheetsLeft: [],
      rolledBack: true,
      cause: failure.cause,
    });
  } catch {
    return new PopulateError({
      code: "write-failed",
      reason: failure.reason,
      sheetsLeft: failure.created,
      rolledBack: false,
      cause: failure.cause,
    });
  }
}
