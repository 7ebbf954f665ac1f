import { contractName } from "../../drills/contract/drillContract";
import { KPI_CONTRACT } from "../../drills/kpi/kpiContract";
import { KPI_DEFINITIONS, KPI_FACTS } from "../../drills/kpi/kpiDefinitions";
import type { WorkbookModel } from "../../model/workbookModel";
import { splitSheetRef } from "../../sheet/sheetRef";
import { createNameReader } from "../drill1/createNameReader";
import type { KpiAnswer, KpiContext } from "./kpiContext";
import { kpiTotalsFromTable } from "./kpiTotalsFromTable";
import { readKpiTable } from "./readKpiTable";

/**
 * Reads the KPI drill from a workbook model: every candidate KPI cell by its name (KPI_ConversionRate
 * …, one per definition, labelled as the drill's contract declares it), the period facts by name
 * (KPI_Weeks …), and the weekly table by its headers. Names that cannot be read become `missing-range` findings. Never throws.
 *
 * @example
 * readKpiContext(model).answers.map((a) => a.definition.name)[0] //=> "KPI_ConversionRate"
 */
export function readKpiContext(model: WorkbookModel): KpiContext {
  const reader = createNameReader(model, KPI_CONTRACT.prefix);
  // Each name and how a coach calls it come from the drill's contract.
  const read = (name: string) => reader.cell(name, contractName(KPI_CONTRACT, name).label);
  const answers: KpiAnswer[] = [];
  for (const definition of KPI_DEFINITIONS) {
    const cell = read(definition.name);
    if (cell) answers.push({ definition, cell });
  }
  const facts: KpiContext["facts"] = {};
  for (const fact of KPI_FACTS) {
    const cell = read(fact.name);
    if (cell) facts[fact.key] = cell;
  }
  // The weekly table is looked for first on the sheet that holds the facts.
  const factAddress = Object.values(facts)[0]?.address;
  const preferred = factAddress === undefined ? undefined : splitSheetRef(factAddress)?.sheet;
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
