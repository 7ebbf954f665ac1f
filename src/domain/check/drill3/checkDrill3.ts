import type { Finding, WorkbookModel } from "../../model/workbookModel";
import type { Drill3Rule } from "./drill3Context";
import { runDrillRules } from "../runDrillRules";
import { readDrill3Context } from "./readDrill3Context";
import { checkAttribution } from "./rules/checkAttribution";
import { checkBaseline } from "./rules/checkBaseline";
import { checkCapacity } from "./rules/checkCapacity";
import { checkClickToDos } from "./rules/checkClickToDos";
import { checkConstantInFormula } from "./rules/checkConstantInFormula";
import { checkConversion } from "./rules/checkConversion";
import { checkD3Language } from "./rules/checkD3Language";
import { checkFlags } from "./rules/checkFlags";
import { checkInconsistentFormula } from "./rules/checkInconsistentFormula";
import { checkLeversSum } from "./rules/checkLeversSum";
import { checkMissingRange } from "./rules/checkMissingRange";
import { checkNonNumeric } from "./rules/checkNonNumeric";
import { checkRolloutPace } from "./rules/checkRolloutPace";
import { checkRolloutWithinDos } from "./rules/checkRolloutWithinDos";
import { checkShareJumps } from "./rules/checkShareJumps";
import { checkShareMismatch } from "./rules/checkShareMismatch";
import { checkShareRange } from "./rules/checkShareRange";
import { checkTarget } from "./rules/checkTarget";
import { checkTotalRevenue } from "./rules/checkTotalRevenue";
import { checkTypedOutput } from "./rules/checkTypedOutput";

/** Every drill-3 rule, in the order findings read best: structure, then arithmetic, then judgement. */
export const DRILL3_RULES: readonly Drill3Rule[] = [
  checkMissingRange,
  checkNonNumeric,
  checkTypedOutput,
  checkConstantInFormula,
  checkInconsistentFormula,
  checkShareMismatch,
  checkLeversSum,
  checkBaseline,
  checkShareRange,
  checkFlags,
  checkRolloutWithinDos,
  checkRolloutPace,
  checkCapacity,
  checkShareJumps,
  checkConversion,
  checkAttribution,
  checkClickToDos,
  checkD3Language,
  checkTotalRevenue,
  checkTarget,
];

/**
 * Runs every drill-3 rule on a workbook model. A rule that throws (a bug, never the candidate's
 * fault) becomes a `check-failed` warning on the drill's anchor cell instead of a blank pane.
 *
 * @example
 * checkDrill3(referenceModel).map((f) => f.code) //=> ["target-met"]
 */
export function checkDrill3(
  model: WorkbookModel,
  rules: readonly Drill3Rule[] = DRILL3_RULES
): Finding[] {
  const context = readDrill3Context(model);
  return runDrillRules(rules, context, context.anchor);
}
