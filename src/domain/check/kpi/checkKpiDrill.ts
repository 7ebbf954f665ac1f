import type { Finding, WorkbookModel } from "../../model/workbookModel";
import { qualify } from "../../sheet/sheetRef";
import { runDrillRules, type DrillRule } from "../runDrillRules";
import type { KpiContext } from "./kpiContext";
import { readKpiContext } from "./readKpiContext";
import { checkKpiAnswers } from "./rules/checkKpiAnswers";
import { checkKpiData } from "./rules/checkKpiData";

const checkKpiMissingRange: DrillRule<KpiContext> = (context) => [...context.readProblems];

/** Every KPI-drill rule: names, then the data, then the answers. */
export const KPI_RULES: readonly DrillRule<KpiContext>[] = [
  checkKpiMissingRange,
  checkKpiData,
  checkKpiAnswers,
];

/**
 * Checks the specialist KPI drill: every KPI the candidate computed against the truth recomputed
 * from the workbook's own weekly table and facts with the project's KPI functions, within the
 * tolerance stated on the sheet, naming the likely slip. Never throws.
 *
 * @example
 * checkKpiDrill(answerKeyModel) //=> []
 */
export function checkKpiDrill(model: WorkbookModel): Finding[] {
  try {
    const context = readKpiContext(model);
    return runDrillRules(KPI_RULES, context, context.anchor);
  } catch (error) {
    return [
      {
        code: "check-failed",
        severity: "warning",
        message: `The KPI check could not read this workbook (${error instanceof Error ? error.message : String(error)}). Please report it.`,
        cells: [qualify(model.sheets[0]?.name ?? "KPI Work", "A1")],
      },
    ];
  }
}
