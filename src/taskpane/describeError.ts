import type { WorkbookPlan } from "../domain/plan/workbookPlan";

/** A message bar's text: what happened, and what is (not) in the workbook now. */
export type PaneMessage = { title: string; body: string };

type HostFailure = { message: string; sheetsLeft: string[]; rolledBack: boolean };

/**
 * Explains a failed populate. A host that knows what it left behind (`sheetsLeft`, `rolledBack`, as
 * the Office.js writer's PopulateError does) is quoted; otherwise the pane names the sheets that may
 * hold part of the drill, so nothing is left half-written without saying so.
 */
export function describePopulateError(error: unknown, plan: WorkbookPlan | undefined): PaneMessage {
  const reason = reasonOf(error);
  if (!plan) {
    return {
      title: "The drill could not be built",
      body: `${reason} Nothing was written to the workbook.`,
    };
  }
  if (isHostFailure(error)) {
    return {
      title: error.rolledBack
        ? "Populate stopped; nothing was written"
        : "Populate stopped part-way",
      body: error.message,
    };
  }
  const sheets = plan.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
  return {
    title: "Populate stopped part-way",
    body: `Excel reported: ${reason} Some of the drill's sheets (${sheets.join(", ")}, or their numbered copies) may be incomplete: delete them and populate again. Your other sheets were not touched.`,
  };
}

/** Explains a failed check: the check only reads, so the workbook is as it was. */
export function describeCheckError(error: unknown): PaneMessage {
  return {
    title: "The check could not read the workbook",
    body: `${reasonOf(error)} Nothing in the workbook was changed. Try again; if a sheet was renamed or deleted, populate the drill again.`,
  };
}

function isHostFailure(error: unknown): error is HostFailure {
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as Partial<HostFailure>;
  return (
    typeof candidate.rolledBack === "boolean" &&
    Array.isArray(candidate.sheetsLeft) &&
    typeof candidate.message === "string"
  );
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
