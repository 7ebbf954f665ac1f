import type { PlanCell } from "../../../plan/workbookPlan";

/**
 * The few cell looks every section of drill 1's sheets uses, so each section reads as its content.
 */

export const header = (value: string): PlanCell => ({ value, style: "header" });
export const label = (value: string): PlanCell => ({ value, style: "label" });
export const note = (value: string): PlanCell => ({ value, style: "note" });
export const subtitle = (value: string): PlanCell => ({ value, style: "subtitle" });
export const instruction = (value: string): PlanCell => ({ value, style: "instruction" });
export const given = (formula: string, numberFormat: string): PlanCell => ({
  formula,
  numberFormat,
  style: "given",
});
/** A cell the candidate fills, optionally pre-filled (starter and answer-key modes). */
export const input = (cell: PlanCell = {}): PlanCell => ({ ...cell, style: "input" });
