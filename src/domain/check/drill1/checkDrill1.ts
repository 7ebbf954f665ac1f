import type { Finding, WorkbookModel } from "../../model/workbookModel";
import { qualify } from "../../sheet/sheetRef";
import type { Drill1Context } from "./drill1Context";
import { readDrill1Context } from "./readDrill1Context";
import { checkD1Bridges } from "./rules/checkD1Bridges";
import { checkD1Closure } from "./rules/checkD1Closure";
import { checkD1Currency } from "./rules/checkD1Currency";
import { checkD1Diagnosis } from "./rules/checkD1Diagnosis";
import { checkD1Moves } from "./rules/checkD1Moves";
import { checkD1Givens } from "./rules/checkD1Givens";
import { checkD1Method } from "./rules/checkD1Method";
import { checkD1TierTable } from "./rules/checkD1TierTable";
import { checkD1Writing } from "./rules/checkD1Writing";
import { runDrillRules, type DrillRule } from "../runDrillRules";

const checkD1MissingRange: DrillRule<Drill1Context> = (context) => [...context.readProblems];

/** Every drill-1 rule, structure first, then the numbers, then the writing. */
export const DRILL1_RULES: readonly DrillRule<Drill1Context>[] = [
  checkD1MissingRange,
  checkD1Givens,
  checkD1TierTable,
  checkD1Method,
  checkD1Bridges,
  checkD1Closure,
  checkD1Currency,
  checkD1Writing,
  checkD1Diagnosis,
  checkD1Moves,
];

/**
 * Checks drill 1 (quarter diagnosis): the tier table against the generator's truth for the stamped
 * seed (while the control totals vouch for the raw rows), the candidate's AOV and sell-through bridges against the
 * bridges the workbook's own tier givens imply under the method in D1_Method, whether they close,
 * and the moves and diagnosis for discount language. Never throws.
 *
 * @example
 * checkDrill1(answerKeyModel) //=> []
 */
export function checkDrill1(model: WorkbookModel): Finding[] {
  try {
    const context = readDrill1Context(model);
    return runDrillRules(DRILL1_RULES, context, context.anchor);
  } catch (error) {
    return [
      {
        code: "check-failed",
        severity: "warning",
        message: `The drill-1 check could not read this workbook (${error instanceof Error ? error.message : String(error)}). Please report it.`,
        cells: [qualify(model.sheets[0]?.name ?? "D1 Work", "A1")],
      },
    ];
  }
}
