import type { Finding, WorkbookModel } from "./model/workbookModel";
import type { WorkbookPlan } from "./plan/workbookPlan";
import type { RestoreOptions } from "./sharing/restoreFormulas";
import type { RestoreResult, SharingResult } from "./sharing/sharingResult";

/** Progress of a long operation, for a progress bar: done of total steps, and what is happening. */
export type Progress = { done: number; total: number; label: string };

export type PopulateResult = {
  /** Sheet names actually created (a second populate gets "D1 Data (2)" …). */
  sheets: string[];
  /** Names created or re-pointed. */
  names: string[];
  /** What the host could not do and left out (e.g. cell notes before ExcelApi 1.18). */
  warnings?: string[];
};

/**
 * The seam between the task pane and a spreadsheet host. src/excel implements it with Office.js; the
 * task pane's unit and browser tests inject a recording fake. Every method leaves the user's own
 * cells untouched unless its contract says otherwise.
 */
export type WorkbookHost = {
  /** Requirement sets that change what we can do (e.g. native waterfall charts with ExcelApi 1.9). */
  capabilities(): Promise<{ waterfallChart: boolean; excelApi: string }>;
  /** Sheet names that exist now. */
  sheetNames(): Promise<string[]>;
  /** Writes a plan; never overwrites an existing sheet. */
  populate(plan: WorkbookPlan, onProgress?: (p: Progress) => void): Promise<PopulateResult>;
  /** Reads the open workbook into the plain model the check runs on. */
  readModel(): Promise<WorkbookModel>;
  /** Activates the sheet of the first address and selects it ("'D3 Model'!C10:N10"). */
  select(address: string): Promise<void>;
  /**
   * "Prepare for sharing" (PRODUCT.md section 5): every `LUX.*` result kept as a value, its formula
   * kept on a hidden sheet, a Review sheet with these findings and the drill stamp. Optional: hosts
   * that cannot (or fakes that do not need to) leave it out, and the pane hides the action.
   */
  prepareForSharing?(findings: Finding[]): Promise<SharingResult>;
  /** "Restore formulas": brings back every kept `LUX.*` formula whose cells a coach did not edit. */
  restoreFormulas?(options?: RestoreOptions): Promise<RestoreResult>;
};
