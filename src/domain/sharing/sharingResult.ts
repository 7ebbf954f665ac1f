import type { SharingProblem } from "./reviewSheet";
import type { SkippedFormula } from "./restoreFormulas";

/** What "Prepare for sharing" did, for the task pane to say. */
export type SharingResult = {
  /** `LUX.*` formulas replaced by their values (each kept on the hidden sheet). */
  keptFormulas: number;
  /** The hidden sheet that keeps them (absent when there was nothing to keep). */
  keptSheet?: string;
  reviewSheet: string;
  /** `LUX.*` cells whose result was an error value or missing: not kept as numbers, listed on the Review. */
  problems: SharingProblem[];
  /** What the host could not do (e.g. tell spill ranges before ExcelApi 1.12). */
  warnings: string[];
};

/** A kept formula that "Restore formulas" left out (or restored over an edit), for the task pane. */
export type RestoreNote = Pick<SkippedFormula, "reason" | "cell" | "message">;

/** What "Restore formulas" did, for the task pane to say. */
export type RestoreResult = {
  restored: number;
  /** Already holding their kept formula: nothing written. */
  alreadyRestored: number;
  /** Restored over a coach's edit (only when asked to overwrite). */
  overwritten: RestoreNote[];
  /** Not restored: a coach edited the cell, or its sheet is gone. */
  skipped: RestoreNote[];
};
