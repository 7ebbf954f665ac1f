import { KPI_DEFINITIONS, KPI_FACTS } from "../../drills/kpi/kpiDefinitions";
import type { WorkbookModel } from "../../model/workbookModel";
import { createNameReader } from "../drill1/createNameReader";
import type { KpiAnswer, KpiContext } from "./kpiContext";
import { kpiTotalsFromTable } from "./kpiTotalsFromTable";
import { readKpiTable } from "./readKpiTable";

/**
 * Reads the KPI drill from a workbook model: every candidate KPI cell by its name (KPI_ConversionRate
 * …, from the drill's own definitions), the period facts by name (KPI_Weeks …), and the weekly table
 * by its headers. Names that cannot be read become `missing-range` findings. Never throws.
 *
 * @example
 * readKpiContext(model).answers.map((a) => a.definition.name)[0] //=> "KPI_ConversionRate"
 */
export function readKpiContext(model: WorkbookModel): KpiContext {
  const reader = createNameReader(model, "KPI_");
  const answers: KpiAnswer[] = [];
  for (const definition of KPI_DEFINITIONS) {
    const cell = reader.cell(definition.name, definition.label.toLowerCase());
    if (cell) answers.push({ definition, cell });
  }
  const facts: KpiContext["facts"] = {};
  for (const fact of KPI_FACTS) {
    const cell = reader.cell(fact.name, fact.label.toLowerCase());
    if (cell) facts[fact.key] = cell;
  }
  const factSheet = Object.values(facts)[0]?.address;
  const preferred = factSheet
    ? model.sheets.find((s) => factSheet.startsWith(`'${s.name.replace(/'/g, "''")}'!`))?.name
    : undefined;
  const table = readKpiTable(model, preferred);
  const { period, weeks } = kpiTotalsFromTable(
    table.kind === "found" ? table.table : undefined,
    facts
  );
  return {
    anchor: reader.anchor,
    answers,
    table,
    facts,
    totals: period,
    weeklyTotals: weeks,
    readProblems: reader.problems,
  };
}
