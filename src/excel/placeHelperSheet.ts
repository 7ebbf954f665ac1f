import { HelperSheetLayout, listPlacement } from "../domain/plan/helperSheetLayout";
import { uniqueSheetName } from "../domain/plan/uniqueSheetName";
import type {
  PlanChart,
  PlanSheet,
  PlanValidation,
  WorkbookPlan,
} from "../domain/plan/workbookPlan";

/** The sheets to write (the plan's, then the helper sheet if any) and where charts and lists read. */
export type HelperPlacement = {
  sheets: PlanSheet[];
  charts: { sheet: string; chart: PlanChart }[];
  /** A chart's plan source to the helper rows its stacked-column bridge reads instead. */
  chartSources: Map<string, string>;
  /** A list validation's source: inline values, or `=` a helper column. */
  listSources: Map<PlanValidation, string>;
};

/**
 * Lays out the hidden "… Chart data" sheet with the domain's `HelperSheetLayout`, exactly as the
 * .xlsx writer does: bridge rows for each chart when the host has no native waterfall, and a column
 * for each list validation (ExcelApi 1.8) too long to write inline. `taken` keeps its name unique.
 */
export function placeHelperSheet(
  plan: WorkbookPlan,
  taken: readonly string[],
  host: { nativeWaterfall: boolean; api18: boolean }
): HelperPlacement {
  const sheets = [...plan.sheets];
  const helper = new HelperSheetLayout(uniqueSheetName(taken, `${sheetPrefix(plan)} Chart data`));
  const charts = sheets.flatMap((sheet) =>
    (sheet.charts ?? []).map((chart) => ({ sheet: sheet.name, chart }))
  );
  const chartSources = new Map<string, string>();
  if (!host.nativeWaterfall) {
    for (const { chart } of charts)
      chartSources.set(chart.source, helper.addChart(chart).chartRange);
  }
  const listSources = new Map<PlanValidation, string>();
  for (const validation of host.api18 ? sheets.flatMap((sheet) => sheet.validations ?? []) : []) {
    if (validation.kind !== "list") continue;
    listSources.set(
      validation,
      listPlacement(validation.values) === "inline"
        ? validation.values.join(",")
        : `=${helper.addList(validation.values)}`
    );
  }
  const helperSheet = helper.sheet();
  if (helperSheet) sheets.push(helperSheet);
  return { sheets, charts, chartSources, listSources };
}

function sheetPrefix(plan: WorkbookPlan): string {
  return plan.sheets[0]?.name.split(" ")[0] ?? `D${plan.drill}`;
}
