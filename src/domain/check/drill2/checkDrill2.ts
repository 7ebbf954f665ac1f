import type { Finding, WorkbookModel } from "../../model/workbookModel";
import { qualify } from "../../sheet/sheetRef";
import { runDrillRules, type DrillRule } from "../runDrillRules";
import type { Drill2Context } from "./drill2Context";
import { readDrill2Context } from "./readDrill2Context";
import { checkD2DiscountRevenue } from "./rules/checkD2DiscountRevenue";
import { checkD2Forecast } from "./rules/checkD2Forecast";
import { checkD2Guardrails } from "./rules/checkD2Guardrails";
import { checkD2Language } from "./rules/checkD2Language";
import { checkD2Numbers } from "./rules/checkD2Numbers";
import { checkD2Pairing } from "./rules/checkD2Pairing";

const checkD2MissingRange: DrillRule<Drill2Context> = (context) => [...context.readProblems];

/** Every drill-2 rule: structure and numbers first, then the guardrails, the pairing, the words. */
export const DRILL2_RULES: readonly DrillRule<Drill2Context>[] = [
  checkD2MissingRange,
  checkD2Numbers,
  checkD2Forecast,
  checkD2Guardrails,
  checkD2Pairing,
  checkD2DiscountRevenue,
  checkD2Language,
];

/**
 * Checks drill 2 (90-day teardown and rebuild): the weekly revenue and conversion forecast against
 * the guardrails stated on the sheet, every removed discount or retargeting lever paired with a
 * replacement live within the stated weeks, discount-driven revenue at zero by the stated week, and
 * no mass-DTC lever among the replacements. Never throws.
 *
 * @example
 * checkDrill2(answerKeyModel) //=> []
 */
export function checkDrill2(model: WorkbookModel): Finding[] {
  try {
    const context = readDrill2Context(model);
    return runDrillRules(DRILL2_RULES, context, context.anchor);
  } catch (error) {
    return [
      {
        code: "check-failed",
        severity: "warning",
        message: `The drill-2 check could not read this workbook (${error instanceof Error ? error.message : String(error)}). Please report it.`,
        cells: [qualify(model.sheets[0]?.name ?? "D2 Plan", "A1")],
      },
    ];
  }
}
